// Weekday, YearDay, ISOWeek; Month and Weekday names, also out of range.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, t := range []time.Time{
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, 2, 29, 23, 59, 59, 0, time.UTC),
		time.Date(2004, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2008, 12, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2010, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 3, 23, 0, 0, 0, time.FixedZone("E", 3600)),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-100, 6, 15, 0, 0, 0, 0, time.UTC),
		time.Date(2400, 12, 31, 0, 0, 0, 0, time.UTC),
	} {
		y, w := t.ISOWeek()
		fmt.Println(t.Format("2006-01-02"), t.Weekday(), int(t.Weekday()), t.YearDay(), y, w)
	}
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 7; d++ {
		fmt.Print(d.String(), " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %v\n", time.March, time.March, time.Saturday, []time.Month{time.May, time.June})
}
