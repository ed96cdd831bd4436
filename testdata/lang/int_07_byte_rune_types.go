package main

import "fmt"

func main() {
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r)
	fmt.Printf("%T %T %c %c\n", b, r, b, r)
	b += 2
	fmt.Println(string(b), string(r+1))
	var i int = int(r)
	fmt.Println(i)
	var u uintptr = 42
	fmt.Println(u + 1)
	fmt.Printf("%T\n", u)
}
