package main

import "fmt"

func main() {
	x := 5
	var y x
	fmt.Println(y)
}
