package main

import "fmt"

func doRecover() interface{} { return recover() }

func deferredHelper() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("outer caught: ", r)
		}
	}()
	func() {
		defer func() {
			r := doRecover()
			fmt.Println("indirect recover:", r)
		}()
		panic("x")
	}()
	return "no panic"
}

func main() {
	fmt.Println(deferredHelper())
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	defer func() {
		defer func() {
			fmt.Println("nested deferred recover:", recover())
		}()
	}()
	panic("y")
}
