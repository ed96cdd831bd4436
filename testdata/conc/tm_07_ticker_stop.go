package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(15 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	select {
	case <-tk.C:
		fmt.Println("tick after stop (wrong)")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("no tick after stop")
	}
	tk.Reset(10 * time.Millisecond)
	<-tk.C
	fmt.Println("tick after reset")
	tk.Stop()
}
