// TZ="" means UTC: Local is named "UTC" and its offset is 0.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2015, 6, 7, 8, 9, 10, 11, time.Local)
	name, off := t.Zone()
	fmt.Println(time.Local, t, name, off, t.Location() == time.Local)
	fmt.Println(time.Unix(1e9, 0), time.Now().Location())
	p, err := time.Parse("2006-01-02 MST", "2015-06-07 UTC")
	fmt.Println(p, p.Location(), err)
	p, err = time.ParseInLocation("2006-01-02 15:04", "2015-06-07 12:00", time.Local)
	fmt.Println(p, p.Location(), err)
}
