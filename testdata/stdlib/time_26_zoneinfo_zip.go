// ZONEINFO naming an uncompressed zip of zone files (the form of Go's
// $GOROOT/lib/time/zoneinfo.zip).  time_26_zoneinfo_zip.zip holds tzdata's
// Pacific/Auckland and Europe/Oslo under the invented names Test/Auckland and
// Test/Oslo, so that the zip, not /usr/share/zoneinfo, must be read.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, name := range []string{"Test/Auckland", "Test/Oslo", "Test/Nowhere", "Test"} {
		l, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		for _, m := range []time.Month{time.January, time.July} {
			t := time.Date(2020, m, 1, 12, 0, 0, 0, time.UTC).In(l)
			name, off := t.Zone()
			fmt.Println(l, t, name, off)
		}
	}
}
