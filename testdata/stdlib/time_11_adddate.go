// AddDate and Add: month overflow normalised as Date does (Jan 31 + 1 month
// is Mar 2 or 3), negative steps, leap days, large durations.
package main

import (
	"fmt"
	"time"
)

func main() {
	base := time.Date(2020, time.January, 31, 10, 30, 0, 0, time.UTC)
	for _, c := range [][3]int{
		{0, 1, 0}, {0, 2, 0}, {0, -1, 0}, {1, 1, 0}, {0, 0, 1}, {0, 0, 30},
		{0, 0, -31}, {-1, 0, 0}, {0, 13, 0}, {0, -13, 0}, {4, 0, 29}, {0, 0, 366},
		{100, 0, 0}, {-2020, 0, 0}, {0, 0, 0},
	} {
		fmt.Println(c, base.AddDate(c[0], c[1], c[2]))
	}
	leap := time.Date(2024, time.February, 29, 0, 0, 0, 0, time.FixedZone("F", 7200))
	fmt.Println(leap.AddDate(1, 0, 0), leap.AddDate(4, 0, 0), leap.AddDate(0, 12, 0))
	for _, d := range []time.Duration{time.Nanosecond, -time.Nanosecond, 36 * time.Hour,
		-1000 * time.Hour, 1<<63 - 1, -1 << 63, 1500 * time.Millisecond} {
		fmt.Println(d, base.Add(d))
	}
	a := time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2020, 3, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(b), b.Sub(a), a.Sub(a))
	far := time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(b), b.Sub(far))
}
