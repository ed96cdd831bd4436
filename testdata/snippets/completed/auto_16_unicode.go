// Helper file, used only to produce the expectation auto_16_unicode.want with real Go:
// the snippet testdata/snippets/auto_16_unicode.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "unicode"
func main() {
//line testdata/snippets/auto_16_unicode.go:1:1
for _, r := range "Go 1.22, ça va?" {
	switch {
	case unicode.IsUpper(r):
		fmt.Print("U")
	case unicode.IsLower(r):
		fmt.Print("l")
	case unicode.IsDigit(r):
		fmt.Print("d")
	case unicode.IsSpace(r):
		fmt.Print("_")
	case unicode.IsPunct(r):
		fmt.Print("p")
	default:
		fmt.Print("?")
	}
}
fmt.Println()
fmt.Println(string(unicode.ToUpper('ç')), string(unicode.ToLower('Q')), unicode.IsLetter('é'))
}
