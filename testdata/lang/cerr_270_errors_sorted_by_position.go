package main

import "fmt"

func main() {
	var s string = 1
	fmt.Println(s)
}

var later int = "package level, checked first by types2"

type T struct {
	f undefinedType
}
