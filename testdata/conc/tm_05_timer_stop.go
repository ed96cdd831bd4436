package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop before fire:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("fired (wrong)")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("not fired")
	}
	t2 := time.NewTimer(10 * time.Millisecond)
	<-t2.C
	fmt.Println("stop after fire:", t2.Stop())
}
