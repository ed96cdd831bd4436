package main

import "fmt"

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[len(s)-1])
	fmt.Println(s[7:], s[:5], s[3:8], s[:])
	fmt.Printf("%c %T\n", s[1], s[1])
	t := s
	t += "!"
	fmt.Println(s, t)
	u := "héllo"
	fmt.Println(len(u), u[1], u[1:3])
	fmt.Println("" == s[5:5])
}
