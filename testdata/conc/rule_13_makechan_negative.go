package main

import "fmt"

func main() {
	n := -1
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		_, err := r.(error)
		fmt.Println("is error:", err)
		m := -5
		_ = make(chan string, m)
	}()
	_ = make(chan int, n)
}
