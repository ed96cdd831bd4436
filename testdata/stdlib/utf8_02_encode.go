package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'A', 'é', '€', '🙂', -1, 0xD800, 0x110000} {
		buf := make([]byte, utf8.UTFMax)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U -> % x (%d) valid=%v len=%d\n", r, buf[:n], n, utf8.ValidRune(r), utf8.RuneLen(r))
	}
	var b []byte
	for _, r := range "héllo" {
		b = utf8.AppendRune(b, r)
	}
	b = utf8.AppendRune(b, 0x1F600)
	fmt.Println(string(b), len(b), utf8.RuneCount(b))
}
