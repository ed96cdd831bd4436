package main

import (
	"fmt"
	"unicode"
)

func main() {
	// Every code point through every predicate and case mapping: a digest
	// per function, so that the tables agree with Go's everywhere.
	names := []string{"IsLetter", "IsDigit", "IsNumber", "IsSpace", "IsUpper", "IsLower", "IsTitle", "IsPunct", "IsSymbol", "IsMark", "IsControl", "IsGraphic", "IsPrint"}
	preds := []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsUpper, unicode.IsLower, unicode.IsTitle, unicode.IsPunct, unicode.IsSymbol, unicode.IsMark, unicode.IsControl, unicode.IsGraphic, unicode.IsPrint}
	for k, p := range preds {
		h, n := uint64(0), 0
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if p(r) {
				h = h*1000003 + uint64(r)
				n++
			}
		}
		fmt.Println(names[k], n, h)
	}
	maps := []func(rune) rune{unicode.ToUpper, unicode.ToLower, unicode.ToTitle, unicode.SimpleFold}
	for k, m := range maps {
		h := uint64(0)
		for r := rune(0); r <= unicode.MaxRune; r++ {
			h = h*1000003 + uint64(m(r))
		}
		fmt.Println(k, h)
	}
	tabs := []*unicode.RangeTable{unicode.Han, unicode.Latin, unicode.Greek, unicode.Cyrillic}
	for k, t := range tabs {
		n := 0
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if unicode.Is(t, r) {
				n++
			}
		}
		fmt.Println(k, n)
	}
}
