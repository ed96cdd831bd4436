// ParseInLocation and Parse with zone abbreviations and offsets: a known
// abbreviation of the location is used, an unknown one fabricates a zone.
package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	loc := []*time.Location{time.UTC, est, time.FixedZone("", 3600)}
	vals := []struct{ layout, value string }{
		{"2006-01-02 15:04", "2020-02-02 10:00"},
		{"2006-01-02 15:04 MST", "2020-02-02 10:00 EST"},
		{"2006-01-02 15:04 MST", "2020-02-02 10:00 PDT"},
		{"2006-01-02 15:04 MST", "2020-02-02 10:00 UTC"},
		{"2006-01-02 15:04 MST", "2020-02-02 10:00 GMT+3"},
		{"2006-01-02 15:04 MST", "2020-02-02 10:00 GMT-11"},
		{"2006-01-02 15:04 MST", "2020-02-02 10:00 ChST"},
		{"2006-01-02 15:04 MST", "2020-02-02 10:00 +07"},
		{"2006-01-02 15:04 -0700", "2020-02-02 10:00 -0500"},
		{"2006-01-02 15:04 -0700", "2020-02-02 10:00 +0000"},
		{"2006-01-02 15:04 Z07:00", "2020-02-02 10:00 Z"},
		{"2006-01-02 15:04 -07:00:00", "2020-02-02 10:00 +01:02:03"},
	}
	for _, l := range loc {
		fmt.Println("--", l)
		for _, v := range vals {
			t, err := time.ParseInLocation(v.layout, v.value, l)
			name, off := t.Zone()
			fmt.Println(t, "|", name, off, "|", t.Location(), err)
		}
	}
	_, err := time.ParseInLocation("2006", "x", est)
	fmt.Println(err)
}
