package main

import "fmt"

func main() {
	s := "a"
	switch s {
	case "a", "b":
		fmt.Println(1)
	case "b":
		fmt.Println(2)
	}
}
