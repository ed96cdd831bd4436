package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := <-time.After(60 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 60*time.Millisecond, el < 300*time.Millisecond)
	fmt.Println(!t.Before(start))
	c := time.After(0)
	<-c
	fmt.Println("after 0 fired")
}
