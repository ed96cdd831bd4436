package main

import "fmt"

func f() (r interface{}) {
	defer func() { r = recover() }()
	defer func() { panic("second") }()
	panic("first")
}

func g() {
	defer func() {
		fmt.Println("g recovered:", recover())
		fmt.Println("again:", recover())
	}()
	panic(fmt.Errorf("err %d", 5))
}

func main() {
	fmt.Println(f())
	g()
	fmt.Println("done")
}
