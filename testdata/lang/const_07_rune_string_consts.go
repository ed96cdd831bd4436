package main

import "fmt"

const (
	r1 = 'x'
	r2 = '\n'
	r3 = '\u00e9'
	r4 = '\U0001F600'
	r5 = '\x41'
	r6 = '\101'
	s1 = "tab\there"
	s2 = `raw\n string`
	s3 = "\u00e9t\u00e9"
)

func main() {
	fmt.Println(r1, r2, r3, r4, r5, r6)
	fmt.Println(s1)
	fmt.Println(s2)
	fmt.Println(s3, len(s3))
	fmt.Printf("%T %T\n", r1, s1)
	fmt.Println(string(rune(r4)), len(string(rune(r4))))
}
