package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string)
	time.AfterFunc(30*time.Millisecond, func() { done <- "fired" })
	fmt.Println(<-done)
	stopped := time.AfterFunc(30*time.Millisecond, func() { fmt.Println("should not run") })
	fmt.Println("stop:", stopped.Stop())
	time.Sleep(80 * time.Millisecond)
	var t *time.Timer
	count := 0
	fin := make(chan bool)
	assigned := make(chan struct{})
	t = time.AfterFunc(10*time.Millisecond, func() {
		<-assigned // t is set before the callback reads it
		count++
		if count < 3 {
			t.Reset(10 * time.Millisecond)
		} else {
			fin <- true
		}
	})
	close(assigned)
	<-fin
	fmt.Println("count", count)
}
