package main

import "fmt"

func main() {
	m := map[int]int{}
	fmt.Println(m[1:2])
}
