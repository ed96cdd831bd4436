// Equal, Before, After, IsZero, Compare (Go 1.20) across zones and with
// monotonic readings.  Go 1.19 has no Compare: the golden's Compare column was
// produced by Go 1.19 with Compare written as Before → -1, After → +1, else 0
// (the definition in Go 1.20's documentation).
package main

import (
	"fmt"
	"time"
)

func main() {
	a := time.Date(2020, 5, 1, 12, 0, 0, 0, time.UTC)
	b := a.In(time.FixedZone("X", 2*3600))
	c := a.Add(time.Nanosecond)
	d := a.Add(-time.Hour)
	var z time.Time
	all := []time.Time{a, b, c, d, z}
	names := "abcdz"
	for i, x := range all {
		for j, y := range all {
			fmt.Printf("%c%c eq=%v before=%v after=%v cmp=%d ==%v\n", names[i], names[j],
				x.Equal(y), x.Before(y), x.After(y), x.Compare(y), x == y)
		}
	}
	fmt.Println(z.IsZero(), a.IsZero(), time.Time{}.UTC().IsZero(), z.In(time.FixedZone("", 60)).IsZero())
	n := time.Now()
	m := n.Add(time.Second)
	fmt.Println(n.Before(m), m.After(n), n.Compare(m), m.Compare(n), n.Compare(n), n.Equal(n.Round(0)))
}
