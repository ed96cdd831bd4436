package main

import (
	"fmt"
	"os"
	"time"
)

// main blocks in select {} while another goroutine ends the program.
func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("exiting from goroutine")
		os.Exit(3)
	}()
	select {}
}
