package main

import "fmt"

func main() {
	x := 1
	switch x.(type) {
	case int:
		fmt.Println("int")
	}
}
