package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Minute,
		-2*time.Hour - 3*time.Second, 26*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond, 1<<63 - 1}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	for _, m := range []time.Duration{time.Nanosecond, time.Second, time.Minute, time.Hour, 0, -1} {
		fmt.Println(d.Truncate(m), d.Round(m))
	}
	fmt.Println((-d).Abs(), time.Duration(-1<<63).Abs())
	fmt.Printf("%v %d %s %.1f\n", 2*time.Second, 2*time.Second, time.Millisecond*250, (1500 * time.Millisecond).Seconds())
}
