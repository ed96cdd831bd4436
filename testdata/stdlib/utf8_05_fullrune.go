package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	data := []byte("a世🙂")
	for i := 0; i <= len(data); i++ {
		fmt.Println(i, utf8.FullRune(data[:i]), utf8.FullRuneInString(string(data[1:max(i, 1)])))
	}
	fmt.Println(utf8.FullRune([]byte{0xe4, 0x41}), utf8.FullRune([]byte{0xf0}), utf8.FullRune([]byte{0xff}), utf8.FullRune([]byte{0xf4, 0x90}))
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}
