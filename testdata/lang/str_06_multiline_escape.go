package main

import "fmt"

func main() {
	raw := `line1
line2\t"quoted"`
	fmt.Println(raw)
	fmt.Println(len(raw))
	esc := "a\tb\\c\"d\x41\u00e9\101"
	fmt.Println(esc)
	fmt.Printf("%q\n", esc)
	fmt.Printf("%+q\n", "héllo")
	fmt.Println("\a\b\f\v" == "\x07\x08\x0c\x0b")
}
