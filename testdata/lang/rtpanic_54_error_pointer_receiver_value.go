package main

import "fmt"

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	var err error = &E{"bad input"}
	fmt.Println(err)
	panic(err)
}
