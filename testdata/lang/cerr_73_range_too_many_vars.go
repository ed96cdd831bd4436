package main

import "fmt"

func main() {
	ch := make(chan int)
	for a, b := range ch {
		fmt.Println(a, b)
	}
}
