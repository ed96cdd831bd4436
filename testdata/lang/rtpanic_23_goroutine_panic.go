package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		var m map[int]int
		m[1] = 2
		done <- true
	}()
	<-done
	fmt.Println("never")
}
