package main

import "fmt"

func main() {
	switch 1e400 {
	case 1:
		fmt.Println("one")
	}
}
