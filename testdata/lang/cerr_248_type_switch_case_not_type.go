package main

import "fmt"

func main() {
	var x interface{} = 5
	switch x.(type) {
	case 5:
		fmt.Println("five")
	}
}
