package main

import "fmt"

func main() {
	var f float64 = "x"
	fmt.Println(f)
}
