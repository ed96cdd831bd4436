package main

import "fmt"

func main() {
	s := []string{"a"}
	i := -2
	fmt.Println(s[i+0])
}
