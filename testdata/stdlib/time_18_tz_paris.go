// The Local zone from TZ=Europe/Paris (read from /usr/share/zoneinfo):
// CET/CEST, the DST transitions, Local and In.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Local, time.Local.String())
	for _, t := range []time.Time{
		time.Date(2021, 1, 15, 12, 0, 0, 0, time.Local),
		time.Date(2021, 7, 15, 12, 0, 0, 0, time.Local),
		time.Date(2021, 3, 28, 2, 30, 0, 0, time.Local),  // does not exist
		time.Date(2021, 10, 31, 2, 30, 0, 0, time.Local), // happens twice
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.Local),
		time.Date(1900, 1, 1, 0, 0, 0, 0, time.Local),
		time.Date(2100, 7, 1, 0, 0, 0, 0, time.Local),
	} {
		name, off := t.Zone()
		fmt.Println(t, name, off, t.UTC(), t.Unix(), t.IsDST())
	}
	u := time.Date(2021, 3, 28, 0, 59, 59, 0, time.UTC)
	fmt.Println(u.Local(), u.Add(time.Second).Local())
	fmt.Println(time.Unix(1635642000, 0), time.Unix(1635642000-1, 0))
	fmt.Println(time.Unix(0, 0).Format(time.RFC1123), time.Unix(0, 0).Format(time.RFC3339))
	start, end := time.Date(2022, 6, 1, 0, 0, 0, 0, time.Local).ZoneBounds()
	fmt.Println(start, end)
	p, err := time.Parse("2006-01-02 15:04 MST", "2022-01-10 10:00 CET")
	fmt.Println(p, err)
	p, err = time.Parse("2006-01-02 15:04 MST", "2022-07-10 10:00 CEST")
	fmt.Println(p, err)
	p, err = time.ParseInLocation("2006-01-02 15:04", "2022-07-10 10:00", time.Local)
	fmt.Println(p, err)
}
