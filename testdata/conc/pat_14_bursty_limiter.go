package main

import (
	"fmt"
	"time"
)

func main() {
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(30 * time.Millisecond) {
			bursty <- t
		}
	}()
	start := time.Now()
	var fast int
	for i := 1; i <= 5; i++ {
		<-bursty
		if time.Since(start) < 15*time.Millisecond {
			fast++
		}
	}
	fmt.Println("immediate:", fast)
}
