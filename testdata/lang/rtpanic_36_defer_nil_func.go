package main

import "fmt"

func main() {
	var f func()
	defer f()
	fmt.Println("body runs")
}
