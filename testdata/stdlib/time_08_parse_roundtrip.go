// Parse of formatted times, for every layout: the result is Equal to the
// original (to the layout's precision), and its zone as Go decides it.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate,
		time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z,
		time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
		time.StampMicro, time.StampNano}
	ts := []time.Time{
		time.Date(2016, time.June, 30, 18, 45, 12, 345678901, time.UTC),
		time.Date(1987, time.December, 1, 4, 0, 0, 500, time.FixedZone("PST", -8*3600)),
		time.Date(2031, time.May, 5, 11, 11, 11, 0, time.FixedZone("", 9*3600+30*60)),
	}
	for _, t := range ts {
		fmt.Println("--", t)
		for _, l := range layouts {
			s := t.Format(l)
			p, err := time.Parse(l, s)
			if err != nil {
				fmt.Println("error:", err)
				continue
			}
			name, off := p.Zone()
			fmt.Printf("%-40q %v | %s %d | equal=%v\n", s, p, name, off, p.Equal(t))
		}
	}
	for _, s := range []string{
		"2006-01-02T15:04:05Z",
		"2006-01-02T15:04:05.5+01:00",
		"2006-01-02T15:04:05,123456-09:30",
		"1970-01-01T00:00:00.000000001Z",
		"0001-01-01T00:00:00Z",
		"9999-12-31T23:59:59.999999999Z",
	} {
		p, err := time.Parse(time.RFC3339Nano, s)
		fmt.Println(p, p.UnixNano(), err)
	}
	p, err := time.Parse("Jan 2 2006 3:04:05.000 PM -0700", "Feb 3 2013 7:54:01.250 AM +0530")
	fmt.Println(p, err)
	p, err = time.Parse("Monday January 2 2006", "Thursday July 4 1776")
	fmt.Println(p, err)
	p, err = time.Parse("2006 002 15:04", "2020 366 12:00")
	fmt.Println(p, err)
	p, err = time.Parse("15:04:05.999999999", "01:02:03.456")
	fmt.Println(p, err)
	p, err = time.Parse("15:04:05", "01:02:03.456")
	fmt.Println(p, err)
}
