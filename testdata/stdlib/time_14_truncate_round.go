// Truncate and Round on Time: relative to the zero time, independent of
// the zone; Round(0) drops the monotonic reading.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2012, time.December, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{
		time.Nanosecond, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 24 * time.Hour,
		7 * 24 * time.Hour, 0, -time.Second, 1500 * time.Millisecond, 37 * time.Second,
	} {
		fmt.Printf("%-8v %v | %v\n", d, t.Truncate(d), t.Round(d))
	}
	z := t.In(time.FixedZone("Z", -3*3600-1800))
	fmt.Println(z.Truncate(24*time.Hour), z.Round(time.Hour))
	half := time.Date(2000, 1, 1, 0, 0, 0, 500000000, time.UTC)
	fmt.Println(half.Round(time.Second), half.Add(-1).Round(time.Second))
	old := time.Date(-5, 1, 1, 0, 0, 0, 500000000, time.UTC)
	fmt.Println(old.Round(time.Second), old.Truncate(time.Hour))
	n := time.Now()
	r := n.Round(0)
	fmt.Println(n.Equal(r), n == r, r == r.Round(0), r.Truncate(0) == r)
}
