package main

import "fmt"

func main() {
	p := &5
	fmt.Println(p)
}
