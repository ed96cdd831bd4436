package main

import "fmt"

func main() {
	p := new(5)
	fmt.Println(p)
}
