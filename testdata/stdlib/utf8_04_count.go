package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	buf := make([]byte, len(s))
	i := len(s)
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		i -= utf8.RuneLen(r)
		utf8.EncodeRune(buf[i:], r)
	}
	return string(buf[i:])
}

func main() {
	words := []string{"Hello, 世界", "naïve café", "🙂🙃", "plain"}
	for _, w := range words {
		fmt.Printf("%-12s bytes=%2d runes=%d reversed=%s\n", w, len(w), utf8.RuneCountInString(w), reverse(w))
	}
}
