package main

import (
	"fmt"
	"unicode"
)

// unicode.SpecialCase: TurkishCase's four ranges, its methods on every
// rune class, a hand-made SpecialCase with an UpperLower range, and To.
func main() {
	fmt.Println(len(unicode.TurkishCase), unicode.MaxCase, unicode.UpperLower)
	for _, cr := range unicode.TurkishCase {
		fmt.Printf("%U-%U %v\n", cr.Lo, cr.Hi, cr.Delta)
	}
	t := unicode.TurkishCase
	for _, r := range "iIİıaZßǅΣσ1 \u00b5\U0001F600" {
		fmt.Printf("%c %U: up %c lo %c ti %c | std %c %c %c\n", r, r,
			t.ToUpper(r), t.ToLower(r), t.ToTitle(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}

	// A private mapping: 'a'..'f' alternate upper/lower as an UpperLower
	// sequence; 'x' maps to 'y' in upper case only.
	sc := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'f', Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
		unicode.CaseRange{Lo: 'x', Hi: 'x', Delta: [unicode.MaxCase]rune{1, 0, 0}},
	}
	for _, r := range "abcdefxyzA" {
		fmt.Printf("%c: %c %c %c\n", r, sc.ToUpper(r), sc.ToLower(r), sc.ToTitle(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'))
	fmt.Println(unicode.To(5, 'a') == unicode.ReplacementChar)
}
