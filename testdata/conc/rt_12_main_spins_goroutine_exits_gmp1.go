package main

import (
	"fmt"
	"os"
	"time"
)

var sink int

// main spins without calls on the only P; a sleeping goroutine must still get
// to run (main is preempted) and ends the program.
func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("goroutine ran while main was spinning")
		os.Exit(0)
	}()
	x := 0
	for {
		x++
		if x < 0 {
			sink = x
		}
	}
}
//! env GOMAXPROCS=1
