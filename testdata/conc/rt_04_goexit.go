package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred runs, recover:", recover())
		func() {
			runtime.Goexit()
		}()
		fmt.Println("unreachable")
	}()
	<-done
	fmt.Println("main continues")
}
