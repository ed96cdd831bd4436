package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	for i := 0; i < 10; i++ {
		time.Sleep(time.Millisecond)
	}
	el := time.Since(start)
	fmt.Println(el >= 10*time.Millisecond, el < 300*time.Millisecond)
	t0 := time.Now()
	time.Sleep(30 * time.Millisecond)
	d := time.Now().Sub(t0)
	fmt.Println(d >= 30*time.Millisecond, t0.Before(time.Now()))
}
