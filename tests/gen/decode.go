// Prints, under Go 1.19, the for-range decodings and string(rune)
// conversions that tests/test_rt_string.c expects.
// Run once by hand: go run tests/gen/decode.go
package main

import "fmt"

func main() {
	cases := []string{
		"héllo", "\xff", "\xc0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
		"\xf0\x9f\x98\x80", "a\xe2\x82", "\xe2\x82\xac", "\xc2", "\x80abc", "\xf5\x80\x80\x80",
		"\xef\xbf\xbd", "\xf0\x80\x80\x80", "\xe0\xa0\x80", "\xf4\x8f\xbf\xbf", "\xdf\xbf", "\xc1\xbf",
	}
	for _, s := range cases {
		fmt.Printf("{\"")
		for i := 0; i < len(s); i++ {
			fmt.Printf("\\x%02x", s[i])
		}
		fmt.Printf("\", %d, \"", len(s))
		for i, r := range s {
			fmt.Printf("%d:%x ", i, r)
		}
		fmt.Printf("\", %d},\n", len([]rune(s)))
	}
	for _, r := range []int{-1, 0, 0x41, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, 1 << 40} {
		s := string(rune(r))
		if r == 1<<40 {
			s = "\uFFFD"
		}
		fmt.Printf("{%d, \"", r)
		for i := 0; i < len(s); i++ {
			fmt.Printf("\\x%02x", s[i])
		}
		fmt.Printf("\"},\n")
	}
	fmt.Println(cap([]byte("abc")), cap([]rune("abc")))
}
