package main

import (
	"fmt"
	"os/exec"
	"time"
)

// A goroutine waiting for a child process (a system call) does not stop the
// others, even with one P.
func main() {
	done := make(chan error)
	go func() {
		done <- exec.Command("sleep", "0.3").Run()
	}()
	ticks := 0
	timeout := time.After(2 * time.Second)
loop:
	for {
		select {
		case err := <-done:
			fmt.Println("child done, err:", err)
			break loop
		case <-timeout:
			fmt.Println("timeout")
			break loop
		default:
			time.Sleep(20 * time.Millisecond)
			ticks++
		}
	}
	fmt.Println(ticks >= 5)
}
//! env GOMAXPROCS=1
