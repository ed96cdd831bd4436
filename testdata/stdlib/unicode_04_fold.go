package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'S', 's', 'ſ', 'Σ', 'σ', 'ς', '1', 'ǅ', 0x10400, -1} {
		fmt.Printf("%U:", r)
		f := unicode.SimpleFold(r)
		for i := 0; i < 4 && f != r; i++ {
			fmt.Printf(" %U", f)
			f = unicode.SimpleFold(f)
		}
		fmt.Println()
	}
}
