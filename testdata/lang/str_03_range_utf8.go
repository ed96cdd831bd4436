package main

import "fmt"

func main() {
	s := "aé世😀"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	bad := "a\xffb\xe4\xb8c"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	n := 0
	for range s {
		n++
	}
	fmt.Println(n, len(s))
	for i := range "xyz" {
		fmt.Print(i)
	}
	fmt.Println()
}
