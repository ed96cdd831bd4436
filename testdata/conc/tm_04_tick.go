package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tick := time.Tick(20 * time.Millisecond)
	for i := 0; i < 5; i++ {
		<-tick
		fmt.Println("tick", i)
	}
	el := time.Since(start)
	fmt.Println(el >= 100*time.Millisecond, el < 400*time.Millisecond)
	fmt.Println(time.Tick(0) == nil, time.Tick(-1) == nil)
}
