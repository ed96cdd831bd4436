package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("other goroutine done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
