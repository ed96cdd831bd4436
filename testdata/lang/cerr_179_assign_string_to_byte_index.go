package main

import "fmt"

func main() {
	b := []byte("abc")
	b[0] = "x"
	fmt.Println(b)
}
