package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func main() {
	for _, s := range []string{"hello", "héllo wörld", "日本語", "", "a\xffb"} {
		fmt.Printf("%q rev=%q runes=%d bytes=%d\n", s, reverse(s), utf8.RuneCountInString(s), len(s))
	}
	s := "añ日本語x"
	for n := 0; n <= len(s); n++ {
		t := truncate(s, n)
		fmt.Printf("%d:%q:%v ", n, t, utf8.ValidString(t))
	}
	fmt.Println()
	for i, r := range "a\xe6\x97b" {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	fmt.Println(string(rune(65)), string(rune(-1)) == "\uFFFD", []byte(string(rune(0x10FFFF))))
}
