package main

import "fmt"

func main() {
	var i interface{} = 1
	s := []int{1}
	fmt.Println(s != i)
}
