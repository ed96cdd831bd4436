package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界! Ωmega ß ǅ"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	for _, r := range s {
		fmt.Printf("%q L%v U%v l%v D%v S%v P%v up=%q lo=%q ti=%q len=%d\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), utf8.RuneLen(r))
	}
	r, n := utf8.DecodeRuneInString("世界")
	fmt.Println(r, n)
	r, n = utf8.DecodeLastRuneInString("世界")
	fmt.Println(r, n)
	r, n = utf8.DecodeRune([]byte("\xe4\xb8"))
	fmt.Println(r, n, utf8.FullRune([]byte("\xe4\xb8")), utf8.FullRune([]byte("\xe4\xb8\x96")), utf8.FullRune([]byte("\xe4a")))
	buf := make([]byte, 4)
	n = utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(string(utf8.AppendRune([]byte("x"), 0x1F600)), utf8.RuneLen(-1), utf8.RuneLen(0xD800), utf8.ValidRune(0x10FFFF))
	fmt.Println(utf8.RuneError, utf8.UTFMax, utf8.RuneCount([]byte("aé\xff")))
	for _, r := range []rune{'k', 'K', 0x212A, 'ß', 'µ', 'A', '1', 0x1E9E} {
		fmt.Printf("%U -> %U\n", r, unicode.SimpleFold(r))
	}
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('x', unicode.Greek, unicode.Latin), unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'), unicode.IsControl('\n'), unicode.IsSymbol('+'), unicode.IsNumber('½'), unicode.IsDigit('½'))
}
