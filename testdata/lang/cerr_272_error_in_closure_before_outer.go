package main

import "fmt"

func main() {
	f := func() {
		var x int = "inner"
		fmt.Println(x)
	}
	var y string = 2
	fmt.Println(y)
	f()
}
