package main

import (
	"fmt"
	"time"
)

// A slow receiver: ticks are dropped, at most one is buffered.
func main() {
	tk := time.NewTicker(40 * time.Millisecond)
	defer tk.Stop()
	time.Sleep(200 * time.Millisecond)
	fmt.Println(len(tk.C), cap(tk.C))
	<-tk.C
	select {
	case <-tk.C:
		fmt.Println("second tick immediately (wrong)")
	default:
		fmt.Println("no backlog")
	}
}
