package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"hello", "tab\there", "quote\"s", `back\slash`, "日本語", "bell\a", "\x00\x7f\xff", "emoji 🙂", "\u00ad soft hyphen", "line\nbreak"}
	for _, s := range strs {
		q := strconv.Quote(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, strconv.QuoteToASCII(s), u == s, err)
	}
	for _, r := range []rune{'a', '\'', '\n', '日', 0x10FFFF + 1, 0x7f} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	for _, s := range []string{"`raw`", `'a'`, `'\x41'`, `"\u65e5"`, `"unterminated`, `'too long'`, `"\400"`, `"\377"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%s -> %q %v\n", s, u, err)
	}
	fmt.Println(strconv.CanBackquote("simple"), strconv.CanBackquote("has`tick"), strconv.CanBackquote("new\nline"))
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err, strconv.FormatBool(false))
}
