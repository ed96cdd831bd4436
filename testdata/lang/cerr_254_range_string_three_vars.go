package main

import "fmt"

func main() {
	for i, c, x := range "ab" {
		fmt.Println(i, c, x)
	}
}
