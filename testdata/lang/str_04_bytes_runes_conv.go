package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(len(b), len(r))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	bad := []rune("a\xffb")
	fmt.Println(bad)
	fmt.Println(string([]byte{104, 105}), string([]rune{0x263a, 'x'}))
	var empty []byte
	fmt.Println(string(empty) == "", len([]rune("")))
}
