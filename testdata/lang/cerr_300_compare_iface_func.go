package main

import "fmt"

func main() {
	var e interface{}
	f := func() {}
	fmt.Println(e == f)
}
