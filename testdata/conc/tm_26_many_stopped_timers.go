package main

import (
	"fmt"
	"time"
)

func main() {
	ts := make([]*time.Timer, 10000)
	for i := range ts {
		ts[i] = time.NewTimer(time.Duration(i%100+1) * time.Hour)
	}
	stopped := 0
	for _, t := range ts {
		if t.Stop() {
			stopped++
		}
	}
	fmt.Println("stopped", stopped)
	start := time.Now()
	<-time.After(20 * time.Millisecond)
	fmt.Println(time.Since(start) < 500*time.Millisecond)
	var fs []*time.Timer
	fired := make(chan int, 100)
	for i := 0; i < 100; i++ {
		i := i
		fs = append(fs, time.AfterFunc(time.Duration(60+i%5)*time.Millisecond, func() { fired <- i }))
	}
	for i := 0; i < 100; i += 2 {
		fs[i].Stop()
	}
	time.Sleep(200 * time.Millisecond)
	sum := 0
	n := len(fired)
	for len(fired) > 0 {
		sum += <-fired
	}
	fmt.Println(n, sum)
}
