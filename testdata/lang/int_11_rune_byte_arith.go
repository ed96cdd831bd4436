package main

import "fmt"

func caesar(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + (c-'a'+byte(k))%26
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + (c-'A'+byte(k))%26
		default:
			out[i] = c
		}
	}
	return string(out)
}

func main() {
	fmt.Println(caesar("Hello, World!", 3))
	fmt.Println(caesar(caesar("Hello, World!", 3), 23))
	var b byte = 'z'
	b += 10
	fmt.Println(b, string(rune(b)))
	r := 'A' + 2
	fmt.Printf("%T %c\n", r, r)
	digits := "12345"
	sum := 0
	for _, d := range digits {
		sum += int(d - '0')
	}
	fmt.Println(sum)
}
