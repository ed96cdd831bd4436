package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		var p *struct{ x int }
		fmt.Println(p.x)
	}()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("not reached")
}
