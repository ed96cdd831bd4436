package main

import "fmt"

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int, string, int:
		fmt.Println("dup")
	}
}
