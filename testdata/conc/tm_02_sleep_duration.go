package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 100*time.Millisecond, el < 300*time.Millisecond)
	start = time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println(time.Since(start) < 50*time.Millisecond)
}
