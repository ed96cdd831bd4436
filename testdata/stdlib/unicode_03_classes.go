package main

import (
	"fmt"
	"unicode"
)

func main() {
	counts := map[string]int{}
	text := "Hello, World! 123 ½ — «quoted» ¿qué? 日本語 +-*/ $€ \t\n\u00a0\u2003"
	for _, r := range text {
		if unicode.IsLetter(r) {
			counts["letter"]++
		}
		if unicode.IsDigit(r) {
			counts["digit"]++
		}
		if unicode.IsNumber(r) {
			counts["number"]++
		}
		if unicode.IsSpace(r) {
			counts["space"]++
		}
		if unicode.IsPunct(r) {
			counts["punct"]++
		}
		if unicode.IsSymbol(r) {
			counts["symbol"]++
		}
		if unicode.IsControl(r) {
			counts["control"]++
		}
		if unicode.IsPrint(r) {
			counts["print"]++
		}
		if unicode.IsGraphic(r) {
			counts["graphic"]++
		}
		if unicode.Is(unicode.Han, r) {
			counts["han"]++
		}
	}
	fmt.Println(counts)
}
