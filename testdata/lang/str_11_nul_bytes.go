package main

import "fmt"

func main() {
	s := "a\x00b"
	t := "a\x00c"
	fmt.Println(len(s), s < t, s == "a", s[1] == 0)
	m := map[string]int{"a": 1, "a\x00": 2, "a\x00b": 3}
	fmt.Println(len(m), m["a"], m["a\x00"], m[s])
	b := []byte(s)
	fmt.Println(b, string(b) == s)
	fmt.Printf("%q %x\n", s, s)
	r := []rune("\x00é")
	fmt.Println(r, len(r))
	u := s + t
	fmt.Println(len(u), u[4:5] == "\x00")
}
