package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'ß', 'Σ', 'σ', 'ς', '1', 'ǅ'} {
		fmt.Printf("%c:", r)
		f := unicode.SimpleFold(r)
		for f != r {
			fmt.Printf(" %c(%U)", f, f)
			f = unicode.SimpleFold(f)
		}
		fmt.Println()
	}
	for _, r := range []rune{'a', 'ǆ', 'ǅ', 'Ǆ', 'ÿ', 'ı', 'İ', '5'} {
		fmt.Printf("%c -> U:%c L:%c T:%c | %c %c %c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r))
	}
}
