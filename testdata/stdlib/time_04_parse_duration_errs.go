package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h2m3s", "1.5h", "-90m", "300ms", "1us", "1µs", "2ns", "0", "+5s", ".5s", "1h1h",
		"", "1", "x", "5 s", "1d", "9223372036854775807ns", "9223372036854775808ns", "3m-2s"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q => %v (%d) err=%v\n", s, d, int64(d), err)
	}
	total := time.Duration(0)
	for _, p := range []string{"1m30s", "45s", "2m"} {
		d, _ := time.ParseDuration(p)
		total += d
	}
	fmt.Println("total", total, total/3, total%time.Minute)
	fmt.Println(time.Duration(1234567890).String(), time.Duration(-1).String())
}
