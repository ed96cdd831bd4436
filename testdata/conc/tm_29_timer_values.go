package main

import (
	"fmt"
	"time"
)

// Timer channel values carry the firing time; Ticker ticks are increasing.
func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	fired := <-t.C
	fmt.Println(fired.Sub(start) >= 20*time.Millisecond, time.Since(fired) < 100*time.Millisecond)
	tk := time.NewTicker(5 * time.Millisecond)
	prev := start
	inc := true
	for i := 0; i < 5; i++ {
		tt := <-tk.C
		if !tt.After(prev) {
			inc = false
		}
		prev = tt
	}
	tk.Stop()
	fmt.Println("increasing:", inc)
	at := <-time.After(time.Millisecond)
	fmt.Println(at.After(start))
}
