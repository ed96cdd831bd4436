package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(time.Hour)
	fmt.Println("reset active:", t.Reset(50*time.Millisecond))
	<-t.C
	el := time.Since(start)
	fmt.Println(el >= 50*time.Millisecond, el < 300*time.Millisecond)
	fmt.Println("reset expired:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("fired again")
	t.Stop()
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired third")
}
