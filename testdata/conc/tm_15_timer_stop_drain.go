package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	if !t.Stop() {
		<-t.C
		fmt.Println("drained")
	}
	t.Reset(20 * time.Millisecond)
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println(len(t.C), cap(t.C))
}
