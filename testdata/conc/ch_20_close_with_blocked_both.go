package main

import (
	"fmt"
	"sync"
	"time"
)

// Closing a channel: blocked receivers get (0, false); a blocked sender panics
// (recovered here).
func main() {
	c := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	add := func(s string) { mu.Lock(); lines = append(lines, s); mu.Unlock() }
	wg.Add(1)
	go func() {
		defer wg.Done()
		v, ok := <-c
		add(fmt.Sprint("receiver: ", v, ok))
	}()
	time.Sleep(20 * time.Millisecond)
	close(c)
	wg.Wait()
	d := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { add(fmt.Sprint("sender: ", recover())) }()
		d <- 1
	}()
	time.Sleep(20 * time.Millisecond)
	close(d)
	wg.Wait()
	for _, l := range lines {
		fmt.Println(l)
	}
}
