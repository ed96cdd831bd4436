package main

import "fmt"

type MyBool bool

const debug = false
const verbose MyBool = true

func main() {
	if debug {
		fmt.Println("debug")
	}
	var b MyBool = 1 < 2
	fmt.Println(b, verbose && b, !verbose)
	fmt.Printf("%T %v\n", verbose, verbose)
	x := 3
	ok := x > 2 && x < 5 || x == 10
	fmt.Println(ok, !ok, ok != true)
	calls := 0
	f := func(v bool) bool { calls++; return v }
	_ = f(false) && f(true)
	_ = f(true) || f(false)
	fmt.Println(calls)
}
