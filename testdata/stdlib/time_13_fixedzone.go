// FixedZone, In, UTC, Local (TZ=UTC), Zone, Location names and offsets.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2022, time.October, 30, 1, 30, 0, 0, time.UTC)
	zones := []*time.Location{
		time.UTC,
		time.FixedZone("EST", -5*3600),
		time.FixedZone("IST", 5*3600+30*60),
		time.FixedZone("", 0),
		time.FixedZone("", -(9*3600 + 30*60)),
		time.FixedZone("", 12*3600+45*60+30),
		time.FixedZone("+0300", 3*3600),
		time.FixedZone("UTC", 0),
	}
	for _, z := range zones {
		u := t.In(z)
		name, off := u.Zone()
		fmt.Printf("%q %v | %s %d | %s | loc=%v utc=%v equal=%v\n", z.String(), u, name, off,
			u.Format(time.RFC3339+" MST"), u.Location(), u.UTC(), u.Equal(t))
	}
	d := time.Date(2022, 1, 1, 0, 0, 0, 0, time.FixedZone("A", 3600))
	fmt.Println(d, d.UTC(), d.Local(), d.Local().Location(), time.Local)
	fmt.Println(d.In(time.UTC) == d.UTC(), d.Unix() == d.UTC().Unix())
	var nilLoc *time.Location
	fmt.Println(nilLoc.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	d.In(nil)
}
