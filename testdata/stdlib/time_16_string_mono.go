// Time.String with and without the monotonic reading ("m=+0.000012345"):
// the reading's digits vary from run to run and are masked.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	n := time.Now()
	s := n.String()
	i := strings.Index(s, " m=+")
	fmt.Println(i > 0, strings.Count(s[i:], "."), len(s)-i-len(" m=+")-len(".000000000") >= 1)
	fmt.Println(s[i:]) // masked
	fmt.Println(strings.Contains(n.Round(0).String(), "m="), n.Round(0).String() == s[:i])
	u := n.UTC()
	fmt.Println(strings.Contains(u.String(), "m="), strings.Contains(n.In(time.UTC).String(), "m="))
	a := n.Add(90 * time.Minute)
	fmt.Println(strings.Contains(a.String(), "m=+5400."), a.Sub(n))
	fmt.Println(strings.Contains(n.AddDate(0, 0, 1).String(), "m="), strings.Contains(n.Truncate(time.Second).String(), "m="))
	fmt.Printf("%v|%v\n", n.Round(0) == n, fmt.Sprint(n) == s)
	fixed := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(fixed, fixed.String())
	fmt.Printf("%v %s %d\n", fixed, fixed, fixed.Year())
	fmt.Println([]time.Time{fixed, fixed.Add(time.Second / 10)})
	fmt.Printf("%#v\n", fixed.In(time.FixedZone("Q", 60)))
	type ev struct {
		Name string
		At   time.Time
	}
	fmt.Printf("%v\n", ev{"launch", fixed})
	fmt.Println(time.Date(2009, 11, 10, 23, 0, 0, 1, time.FixedZone("", -3600)))
}
