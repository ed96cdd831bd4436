package main

import "fmt"

const x int32 = 1

func main() {
	fmt.Println(x << 40)
}
