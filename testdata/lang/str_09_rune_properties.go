package main

import "fmt"

func classify(r rune) string {
	switch {
	case r >= 'a' && r <= 'z':
		return "lower"
	case r >= 'A' && r <= 'Z':
		return "upper"
	case r >= '0' && r <= '9':
		return "digit"
	case r > 127:
		return "non-ascii"
	}
	return "other"
}

func main() {
	for _, r := range "aZ5 é!" {
		fmt.Printf("%q %d %s %U\n", r, r, classify(r), r)
	}
	fmt.Printf("%c%c%c\n", 72, 105, 0x263A)
	fmt.Println('a' < 'b', 'z'-'a', string(rune('a'+25)))
	var r rune = 0xD800
	fmt.Println(string(r) == "\uFFFD", len(string(r)))
}
