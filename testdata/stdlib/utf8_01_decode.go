package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世🙂"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d %c %U size=%d len=%d\n", i, r, r, size, utf8.RuneLen(r))
		i += size
	}
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c %v\n", r, size)
		s = s[:len(s)-size]
	}
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Println(i, r, r == utf8.RuneError)
	}
	r, n := utf8.DecodeRuneInString("")
	fmt.Println(r, n, utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	r, n = utf8.DecodeRuneInString("\xed\xa0\x80")
	fmt.Println(r, n)
	r, n = utf8.DecodeLastRune([]byte("x\xe4\xb8\x96"))
	fmt.Println(r, n)
}
