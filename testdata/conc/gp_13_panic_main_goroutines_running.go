package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 4; i++ {
		go func() {
			for {
				time.Sleep(time.Millisecond)
			}
		}()
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main panics")
	var m map[string]int
	m["boom"]++
}
