package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// strings/bytes ToUpperSpecial, ToLowerSpecial, ToTitleSpecial with
// unicode.TurkishCase (dotted and dotless i), against the plain mappings.
func main() {
	for _, s := range []string{
		"istanbul", "ISTANBUL", "İstanbul", "ıııIII", "Diyarbakır", "kışın iğne",
		"mixed İi Iı", "ǆ ǅ Ǆ", "Ωmega straße", "",
	} {
		fmt.Printf("%q\n", s)
		fmt.Printf("  upper  %q %q\n", strings.ToUpperSpecial(unicode.TurkishCase, s), strings.ToUpper(s))
		fmt.Printf("  lower  %q %q\n", strings.ToLowerSpecial(unicode.TurkishCase, s), strings.ToLower(s))
		fmt.Printf("  title  %q %q\n", strings.ToTitleSpecial(unicode.TurkishCase, s), strings.ToTitle(s))
	}
	fmt.Printf("%q\n", strings.ToUpperSpecial(unicode.AzeriCase, "aiı"))
	b := []byte("i̇stanbul izmir")
	fmt.Printf("%q\n", bytes.ToUpperSpecial(unicode.TurkishCase, b))
	fmt.Printf("%q\n", bytes.ToLowerSpecial(unicode.TurkishCase, []byte("IZMİR")))
	fmt.Printf("%q\n", bytes.ToTitleSpecial(unicode.TurkishCase, []byte("ijk")))
	// An empty SpecialCase is the standard mapping.
	var none unicode.SpecialCase
	fmt.Printf("%q\n", strings.ToUpperSpecial(none, "istanbul ǆ"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "i") == "İ", len("İ"))
}
