package main

import "fmt"

type string2 = string

func main() {
	len := func(x []int) int { return 99 }
	fmt.Println(len([]int{1}))
	new := 5
	fmt.Println(new)
	{
		append := "not a builtin"
		fmt.Println(append)
	}
	nil := 0
	fmt.Println(nil + 1)
	var s string2 = "alias"
	fmt.Println(s)
	copy := []int{1, 2}
	fmt.Println(copy)
	iota := 7
	fmt.Println(iota)
	false := true
	fmt.Println(false)
}
