package main

import "fmt"

const u uint8 = 255

func main() {
	fmt.Println(u + 1)
}
