package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

// Release/acquire through atomics: a reader that sees the flag sees the data.
func main() {
	bad := 0
	for round := 0; round < 2000; round++ {
		var data [4]int
		var flag int32
		go func() {
			data[0], data[1], data[2], data[3] = round, round+1, round+2, round+3
			atomic.StoreInt32(&flag, 1)
		}()
		for atomic.LoadInt32(&flag) == 0 {
			runtime.Gosched()
		}
		if data[0] != round || data[3] != round+3 {
			bad++
		}
	}
	fmt.Println("bad:", bad)
}
