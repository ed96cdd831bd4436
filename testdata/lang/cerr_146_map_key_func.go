package main

import "fmt"

func main() {
	m := map[func()]int{}
	fmt.Println(len(m))
}
