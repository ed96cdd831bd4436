package main

import "fmt"

const u uint8 = 255

func main() {
	v := -u
	fmt.Println(v)
}
