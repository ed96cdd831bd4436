// LoadLocation: IANA names from /usr/share/zoneinfo, UTC and Local, and
// the errors for unknown or invalid names.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 12, 6, 59, 59, 0, time.UTC)
	for _, name := range []string{"America/New_York", "Asia/Kolkata", "Australia/Lord_Howe",
		"Pacific/Chatham", "America/Sao_Paulo", "Asia/Kathmandu", "Etc/GMT+5", "UTC", "", "Local",
		"Europe/London", "Africa/Casablanca"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", err)
			continue
		}
		a, b := t.In(loc), t.Add(time.Second).In(loc)
		fmt.Printf("%q %v | %v | %v\n", loc.String(), a, b, a.Format(time.RFC822))
	}
	for _, name := range []string{"Nowhere/City", "America", "../../etc/passwd", "/etc/localtime",
		"Europe/../UTC", `\x`, "america/new_york"} {
		loc, err := time.LoadLocation(name)
		fmt.Println(loc == nil, err)
	}
	ny, _ := time.LoadLocation("America/New_York")
	for _, y := range []int{1850, 1918, 1950, 2007, 2038, 2060} {
		w := time.Date(y, 1, 15, 12, 0, 0, 0, ny)
		s := time.Date(y, 7, 15, 12, 0, 0, 0, ny)
		fmt.Println(w, s)
	}
	s, e := time.Date(2023, 5, 5, 0, 0, 0, 0, ny).ZoneBounds()
	fmt.Println(s, e)
}
