package main

import (
	"fmt"
	"time"
)

// Not a deadlock while the AfterFunc timer is pending; a deadlock once it has run.
func main() {
	c := make(chan int)
	time.AfterFunc(50*time.Millisecond, func() { fmt.Println("callback ran") })
	<-c
}
