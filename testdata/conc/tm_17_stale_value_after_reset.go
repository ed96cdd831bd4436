package main

import (
	"fmt"
	"time"
)

// Go <= 1.22: Reset of a timer that fired but was not drained leaves the old
// value in t.C.
func main() {
	t := time.NewTimer(5 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	fmt.Println(len(t.C), cap(t.C))
	t.Reset(time.Hour)
	select {
	case <-t.C:
		fmt.Println("stale value received")
	default:
		fmt.Println("no value")
	}
	fmt.Println(t.Stop())
}
