// Every layout constant of Go 1.19 applied to several instants and zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []struct {
		name, layout string
	}{
		{"Layout", time.Layout},
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"StampNano", time.StampNano},
	}
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC),
		time.Date(2024, time.February, 29, 9, 5, 7, 123456789, time.FixedZone("XYZ", -(7*3600 + 30*60))),
		time.Date(1999, time.January, 3, 12, 59, 59, 1000, time.FixedZone("", 5*3600+45*60)),
		time.Date(2000, time.July, 4, 0, 0, 1, 120000000, time.FixedZone("EDT", -4*3600)),
		time.Date(10, time.March, 1, 13, 1, 2, 0, time.UTC),
	}
	for _, t := range times {
		fmt.Println("--", t)
		for _, l := range layouts {
			fmt.Printf("%-12s %q\n", l.name, t.Format(l.layout))
		}
	}
	fmt.Println(time.Layout, "|", time.RFC3339Nano, "|", time.StampNano)
}
