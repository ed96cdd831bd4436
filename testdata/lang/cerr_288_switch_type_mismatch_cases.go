package main

import "fmt"

func main() {
	var b byte = 1
	var r rune = 1
	switch b {
	case r:
		fmt.Println("r")
	}
}
