package main

import "fmt"

func modify(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	return string(b)
}

func main() {
	s := "go lang"
	u := modify(s)
	fmt.Println(s, u)
	sub := s[3:]
	s = "changed"
	fmt.Println(sub, s)
	var ss [3]string
	ss[1] = "mid"
	fmt.Printf("%q\n", ss)
	fmt.Printf("%q %v %s %x %X\n", "a\"b\n", "plain", "str", "hi", "hi")
}
