// Parse errors: Go's messages, and the fields of *time.ParseError.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{"2006-01-02", "x"},
		{"2006-01-02", "2021-13-01"},
		{"2006-01-02", "2021-02-30"},
		{"2006-01-02", "2021-1-01"},
		{"2006-01-02", "2021-01-01 extra"},
		{"2006-01-02 15:04", "2021-01-01 25:00"},
		{"2006-01-02 15:04", "2021-01-01 12:60"},
		{"15:04:05", "12:30:61"},
		{"Jan 2 2006", "Foo 2 2006"},
		{"Monday", "Funday"},
		{"3:04PM", "13:04PM"},
		{"3:04PM", "1:04XM"},
		{time.RFC3339, "2021-01-01T00:00:00"},
		{time.RFC3339, "2021-01-01T00:00:00+25:00"},
		{time.RFC3339, "2021-01-01T00:00:00+01:60"},
		{time.RFC3339, "2021-01-01T00:00:00.Z"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 M"},
		{time.RFC822Z, "02 Jan 06 15:04 0700"},
		{"2006 002", "2021 366"},
		{"2006 002", "2021 000"},
		{"Jan 2 002 2006", "Feb 1 045 2021"},
		{"2006-01-02", ""},
		{"", "x"},
		{".000", ".12"},
		{"\"quoted\" 2006", "\"quoted\" \xff"},
		{"2006", "20\u00e921"},
	}
	for _, c := range cases {
		t, err := time.Parse(c[0], c[1])
		fmt.Println(t.IsZero(), err)
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("  Layout=%q Value=%q LayoutElem=%q ValueElem=%q Message=%q\n",
				pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
}
