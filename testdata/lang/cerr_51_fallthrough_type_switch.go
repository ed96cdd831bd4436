package main

import "fmt"

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int:
		fallthrough
	case string:
		fmt.Println("s")
	}
}
