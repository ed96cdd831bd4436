package main

import "fmt"

func main() {
	m := map[string]int{1}
	fmt.Println(m)
}
