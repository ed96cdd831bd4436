package main

import "fmt"

type P struct{ X int }

func main() {
	p := P{X: "one"}
	fmt.Println(p)
}
