package main

import "fmt"

func main() {
	var x interface{}
	fmt.Println(x.(string))
}
