package main

import "fmt"

func main() {
	s := []int{}
	fmt.Println(s.x)
}
