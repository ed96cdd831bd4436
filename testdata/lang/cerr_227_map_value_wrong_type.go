package main

import "fmt"

func main() {
	m := map[string]int{"a": "b"}
	fmt.Println(m)
}
