package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	p := &arr
	s := p[1:4]
	s[0] = 20
	fmt.Println(arr, s, len(s), cap(s))
	for i, v := range p {
		if i == 0 {
			arr[4] = 50
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	str := "hello"
	fmt.Println(str[1:3], str[:0] == "", len(str[2:]))
	sub := s[:]
	sub = append(sub, 99)
	fmt.Println(arr)
	sub = append(sub, 100, 101)
	sub[0] = -1
	fmt.Println(arr, sub)
}
