package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(100 * time.Millisecond)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("stopped:", t.Stop())
	}()
	select {
	case <-t.C:
		fmt.Println("fired (wrong)")
	case <-time.After(200 * time.Millisecond):
		fmt.Println("timer was stopped")
	}
}
