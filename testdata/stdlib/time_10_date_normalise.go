// time.Date normalises out-of-range fields: month 13, day 0, negative
// values, hour 25, nanosecond overflow; leap years and century rules.
package main

import (
	"fmt"
	"time"
)

func main() {
	type d struct{ y, mo, day, h, mi, s, ns int }
	for _, c := range []d{
		{2020, 13, 1, 0, 0, 0, 0},
		{2020, 1, 0, 0, 0, 0, 0},
		{2020, 3, 0, 0, 0, 0, 0},
		{2021, 3, 0, 0, 0, 0, 0},
		{1900, 3, 0, 0, 0, 0, 0},
		{2000, 3, 0, 0, 0, 0, 0},
		{2020, 0, 1, 0, 0, 0, 0},
		{2020, -1, 1, 0, 0, 0, 0},
		{2020, 25, 1, 0, 0, 0, 0},
		{2020, 1, 32, 0, 0, 0, 0},
		{2020, 1, 1, 25, 0, 0, 0},
		{2020, 1, 1, -1, 0, 0, 0},
		{2020, 1, 1, 0, 61, 0, 0},
		{2020, 1, 1, 0, 0, -1, 0},
		{2020, 1, 1, 0, 0, 0, 1500000000},
		{2020, 1, 1, 0, 0, 0, -1},
		{2020, 12, 31, 23, 59, 59, 1000000000},
		{0, 1, 1, 0, 0, 0, 0},
		{-1, 12, 31, 0, 0, 0, 0},
		{2020, 1, 366, 0, 0, 0, 0},
		{2020, 1, -365, 0, 0, 0, 0},
	} {
		t := time.Date(c.y, time.Month(c.mo), c.day, c.h, c.mi, c.s, c.ns, time.UTC)
		fmt.Printf("%v -> %v\n", c, t)
	}
	for _, y := range []int{1600, 1700, 1800, 1900, 1996, 2000, 2023, 2024, 2100, 2400} {
		t := time.Date(y, time.February, 29, 0, 0, 0, 0, time.UTC)
		fmt.Println(y, t.Month(), t.Day(), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())
	}
	year, month, day := time.Date(2019, 14, 35, 0, 0, 0, 0, time.UTC).Date()
	fmt.Println(year, month, day)
	h, m, s := time.Date(2019, 1, 1, 47, 119, 3601, 0, time.UTC).Clock()
	fmt.Println(h, m, s)
}
