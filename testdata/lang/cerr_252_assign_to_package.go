package main

import "fmt"

func main() {
	fmt = nil
	fmt.Println()
}
