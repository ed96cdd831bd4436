package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 1500, 2 * time.Millisecond, 1500 * time.Millisecond,
		90 * time.Second, 3*time.Hour + 2*time.Minute + 1*time.Second, -250 * time.Millisecond}
	for _, d := range ds {
		fmt.Println(d, d.Milliseconds())
	}
	fmt.Printf("%v %s %d\n", time.Second, time.Minute, time.Millisecond)
}
