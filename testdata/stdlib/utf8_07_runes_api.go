package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a€\xffé𝄞"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%U/%d ", i, r, size)
		i += size
	}
	fmt.Println()
	for j := len(s); j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		fmt.Printf("%d:%U/%d ", j, r, size)
		j -= size
	}
	fmt.Println()
	for _, r := range []rune{'a', 'é', '€', '𝄞', -1, 0xD800, 0x110000} {
		fmt.Print(utf8.RuneLen(r), utf8.ValidRune(r), " ")
	}
	fmt.Println()
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '世')
	buf = utf8.AppendRune(buf, 0xD800)
	fmt.Printf("% x\n", buf)
	p := make([]byte, 4)
	n := utf8.EncodeRune(p, '𝄞')
	fmt.Printf("%d % x\n", n, p[:n])
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.FullRuneInString("\xe2\x82"), utf8.FullRune([]byte{0xe2, 0x82, 0xac}))
	r, sz := utf8.DecodeRune(nil)
	fmt.Println(r == utf8.RuneError, sz, utf8.UTFMax, utf8.RuneSelf)
	fmt.Println(utf8.Valid([]byte("\xed\xa0\x80")), utf8.RuneCount([]byte("\xf0\x9f")))
}
