package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker runs")
		done <- true
	}()
	<-done
	defer fmt.Println("main deferred runs")
	runtime.Goexit()
}
