package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', '٣', ' ', '\t', '\u00a0', '!', '€', 'λ', 'Ж', '中', '\u0301', '\x00', 'ǅ'}
	for _, r := range runes {
		fmt.Printf("%U L%v U%v l%v T%v D%v N%v S%v P%v Sy%v M%v C%v G%v Pr%v\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r),
			unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r),
			unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r))
	}
	fmt.Println(unicode.Is(unicode.Greek, 'λ'), unicode.Is(unicode.Han, '中'), unicode.Is(unicode.Latin, 'λ'), unicode.Is(unicode.Cyrillic, 'Ж'))
	fmt.Println(unicode.In('λ', unicode.Latin, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, 'x'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.MaxASCII, unicode.MaxLatin1)
}
