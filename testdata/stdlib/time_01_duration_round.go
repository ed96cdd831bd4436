package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645*time.Nanosecond
	ms := []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 0, -time.Second}
	for _, m := range ms {
		fmt.Printf("m=%v round=%v trunc=%v\n", m, d.Round(m), d.Truncate(m))
		fmt.Printf("neg m=%v round=%v trunc=%v\n", m, (-d).Round(m), (-d).Truncate(m))
	}
	big := time.Duration(1<<63 - 1)
	fmt.Println(big.Round(time.Hour), (-big - 1).Round(time.Hour), (-big - 1).Abs(), (-d).Abs(), d.Abs())
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Round(time.Second), (1499 * time.Millisecond).Round(time.Second))
}
