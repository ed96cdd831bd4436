package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	cases := []string{"", "hello", "héllo", "\xff", "a\xc3", "\xc3\xa9", "\xe2\x82", "\xf0\x9f\x99\x82", "\xf4\x90\x80\x80", "\xc0\xaf", "\xed\xa0\x80"}
	for _, s := range cases {
		fmt.Printf("%q valid=%v bytes=%v count=%d full=%v\n", s, utf8.ValidString(s), utf8.Valid([]byte(s)), utf8.RuneCountInString(s), utf8.FullRuneInString(s))
	}
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xc3))
}
