package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s))
	s = append(s[:2], s[4:]...)
	fmt.Println(s)
	t := make([]int, 0, 10)
	t = append(t, 1, 2, 3)
	u := append(t[:1], t[2:]...)
	fmt.Println(t, u)
	var bs []byte
	bs = append(bs, "héllo"...)
	fmt.Println(len(bs), bs[1])
	ss := [][]int{}
	row := []int{0}
	for i := 1; i <= 3; i++ {
		row = append(row, i)
		ss = append(ss, append([]int(nil), row...))
	}
	fmt.Println(ss)
}
