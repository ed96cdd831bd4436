package main

import "fmt"

func main() {
	b := []byte("x")
	fmt.Println(copy("abc", b))
}
