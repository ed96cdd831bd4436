package main

import (
	"fmt"
	"os/exec"
)

// main waits on a channel while the only other goroutine is in a system call:
// not a deadlock.
func main() {
	c := make(chan string)
	go func() {
		out, err := exec.Command("sh", "-c", "sleep 0.2; echo child").Output()
		if err != nil {
			c <- err.Error()
			return
		}
		c <- string(out)
	}()
	fmt.Print(<-c)
}
