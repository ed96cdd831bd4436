package main

import "fmt"

func main() {
	fmt.Println(v)
	v := 1
	fmt.Println(v)
}
