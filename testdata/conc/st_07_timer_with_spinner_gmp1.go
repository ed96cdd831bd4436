package main

import (
	"fmt"
	"time"
)

var sink int

// Timers and time.After must fire although a goroutine spins on the only P.
func main() {
	go func() {
		for i := 0; ; i++ {
			if i < 0 {
				sink = i
			}
		}
	}()
	select {
	case <-time.After(30 * time.Millisecond):
		fmt.Println("after fired")
	}
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("3 ticks")
	done := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { done <- true })
	<-done
	fmt.Println("afterfunc ran")
}
//! env GOMAXPROCS=1
