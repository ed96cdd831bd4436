package main

import "fmt"

func main() {
	s := "hello"
	fmt.Println(s[1:2:3])
}
