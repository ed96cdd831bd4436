package main

import "fmt"

func main() {
	s := "a"
	r := 'b'
	fmt.Println(s + r)
}
