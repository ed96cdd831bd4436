package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "plain", "tab\there", "quote\"s", "back\\slash", "\x00\x7f", "é☺", "\xff\xfe", "\u2028", "`"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 'é', 0x10FFFF, -1, 0xD800} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	q := strconv.Quote("round\ttrip ☺ \x01")
	u, err := strconv.Unquote(q)
	fmt.Printf("%s %q %v\n", q, u, err)
	s, err := strconv.QuotedPrefix(`"abc\"def" tail`)
	fmt.Println(s, err)
	_, err = strconv.QuotedPrefix(`no quote`)
	fmt.Println(err)
}
