package main

import (
	"fmt"
	"time"
)

func printMessage(msg string) 'a' {
	for i := 0; i < 5; i++ {
		fmt.Println(msg, i)
		time.Sleep(500 * time.Millisecond)
	}
}

func main() {
	go printMessage("goroutine") // runs concurrently
	printMessage("main")         // runs in main goroutine
}
