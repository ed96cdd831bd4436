package main

import "fmt"

func main() {
	s := []string{"a", 2}
	fmt.Println(s)
}
