package main

import "fmt"

type P struct{ X int }

func main() {
	m := map[string]P{}
	m["a"].X = 1
	fmt.Println(m)
}
