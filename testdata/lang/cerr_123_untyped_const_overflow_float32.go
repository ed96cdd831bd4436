package main

import "fmt"

func main() {
	var f float32 = 1e50
	fmt.Println(f)
}
