package main

import "fmt"

func main() {
	fmt.Println("ok")
	fmt := "shadow"
	fmt.Println(fmt)
}
