package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, " a b\tc\nd "))
	fmt.Println(strings.ToUpper("ǆ straße"), strings.ToLower("ǅ İ"))
	fmt.Println(strings.ToTitle("ǆ"))
	fmt.Println(strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Ǆ", "ǆ"))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	fmt.Println(strings.Compare("", "a"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}
