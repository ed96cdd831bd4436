package main

import "fmt"

func main() {
	fmt.Println(string(1.5))
}
