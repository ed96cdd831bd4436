package main

import "fmt"

func level3() {
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 deferred")
	level3()
	fmt.Println("unreachable")
}

func level1() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught at level1: ", r)
		}
	}()
	level2()
	return "normal"
}

func repanic() (res string) {
	defer func() {
		r := recover()
		res = fmt.Sprint("outer: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-", r))
		}()
		panic("first")
	}()
	return "no"
}

func main() {
	fmt.Println(level1())
	fmt.Println(repanic())
	fmt.Println("after")
}
