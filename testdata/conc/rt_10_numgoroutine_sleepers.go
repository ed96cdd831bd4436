package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	for i := 0; i < 7; i++ {
		go time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	time.Sleep(300 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
}
