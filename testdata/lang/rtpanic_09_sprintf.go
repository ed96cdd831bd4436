package main

import "fmt"

func main() {
	x := 42
	panic(fmt.Sprintf("bad value %d (%s)", x, "oops"))
}
