package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	text := "The Go-Gopher's 2 favourite words: «café», naïve, and 東京!"
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '\''
	})
	for _, w := range words {
		upper := 0
		for _, r := range w {
			if unicode.IsUpper(r) {
				upper++
			}
		}
		fmt.Printf("%q upper=%d in(Latin)=%v\n", w, upper, unicode.In([]rune(w)[0], unicode.Latin, unicode.Greek))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)
}
