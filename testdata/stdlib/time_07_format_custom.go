// Custom layouts: every std chunk (padding, 12-hour clock, AM/PM, zones,
// fractional seconds with '.' and ',', year day), and text around them.
package main

import (
	"fmt"
	"time"
)

func main() {
	ts := []time.Time{
		time.Date(2021, time.January, 2, 3, 4, 5, 60000000, time.UTC),
		time.Date(2021, time.December, 31, 15, 45, 9, 987654321, time.FixedZone("ABC", -(3*3600 + 30*60 + 15))),
		time.Date(-44, time.March, 15, 12, 0, 0, 0, time.UTC),
		time.Date(12345, time.October, 20, 0, 30, 0, 5, time.FixedZone("", 14*3600)),
	}
	layouts := []string{
		"2006 06 1 01 Jan January 2 _2 02 __2 002 Mon Monday",
		"15 3 03 4 04 5 05 PM pm",
		"MST Z0700 Z07:00 Z07 Z07:00:00 -0700 -07:00 -07 -07:00:00 -070000",
		".0 .00 .000 .000000 .000000000 .9 .99 .999 .999999 .999999999",
		",000 ,999 ,000000000 05,999999",
		"Monday, January 2nd at 3:04pm (day 002 of 2006)",
		"no std chunks here",
		"Mon Jan _2 15:04:05.000 MST 2006",
		"20060102150405",
		"2006-01-02T15:04:05.999Z07:00",
		"",
		"Janet Monda Mo Month",
	}
	for _, t := range ts {
		fmt.Println("--", t)
		for _, l := range layouts {
			fmt.Printf("%q\n", t.Format(l))
		}
		fmt.Printf("%s\n", t.AppendFormat([]byte("prefix: "), time.Kitchen))
	}
}
