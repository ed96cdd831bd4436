// Unix conversions both ways, negative times, nanosecond normalisation.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, c := range [][2]int64{
		{0, 0}, {1e9, 0}, {1234567890, 123456789}, {-1, 0}, {-1, 999999999},
		{0, -1}, {0, 3e9}, {1700000000, -1500000000}, {-62135596800, 0},
		{253402300799, 999999999},
	} {
		t := time.Unix(c[0], c[1]).UTC()
		fmt.Println(c, t, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.Nanosecond())
	}
	for _, ms := range []int64{0, 1, -1, 1700000000123, -62135596800000} {
		t := time.UnixMilli(ms).UTC()
		fmt.Println(ms, t, t.UnixMilli())
	}
	for _, us := range []int64{0, 1, -1, 1700000000123456} {
		t := time.UnixMicro(us).UTC()
		fmt.Println(us, t, t.UnixMicro())
	}
	z := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(z.Unix(), z.UnixMilli(), z.IsZero())
	fmt.Println(time.Unix(0, 0).In(time.FixedZone("P", -8*3600)))
	fmt.Println(time.Unix(1e9, 0).Location(), time.Unix(1e9, 0).UTC().Location())
}
