package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZé ÉßǅǆΣσςÿŸİı1!ﬀ" {
		fmt.Printf("%c: upper=%c lower=%c title=%c isUpper=%v isLower=%v isTitle=%v\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'))
}
