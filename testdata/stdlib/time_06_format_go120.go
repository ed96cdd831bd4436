// Go 1.20's layouts DateTime, DateOnly and TimeOnly (minigo follows the 1.22
// spec).  Go 1.19 has no such constants: the golden was produced by Go 1.19
// on this program with each constant written as its layout string
// ("2006-01-02 15:04:05", "2006-01-02", "15:04:05").
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Printf("%q %q %q\n", time.DateTime, time.DateOnly, time.TimeOnly)
	t := time.Date(2023, time.August, 9, 7, 8, 9, 999999999, time.FixedZone("Z1", 3600))
	for _, l := range []string{time.DateTime, time.DateOnly, time.TimeOnly} {
		s := t.Format(l)
		p, err := time.Parse(l, s)
		fmt.Println(s, "->", p, err)
	}
	p, err := time.ParseInLocation(time.DateTime, "2023-12-31 23:59:60", time.UTC)
	fmt.Println(p, err)
	p, err = time.Parse(time.DateOnly, "2023-02-29")
	fmt.Println(p, err)
	p, err = time.Parse(time.TimeOnly, "24:00:00")
	fmt.Println(p, err)
	p, err = time.Parse(time.TimeOnly, "12:34:56")
	fmt.Println(p, p.IsZero(), err)
}
