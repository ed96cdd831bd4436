package main

import "fmt"

func main() {
	fmt.Println(int32(1e10))
}
