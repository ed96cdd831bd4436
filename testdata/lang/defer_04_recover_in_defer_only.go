package main

import "fmt"

func helper() interface{} { return recover() }

func direct() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("direct recovered: ", r)
	}()
	panic("p1")
}

func nested() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("outer got: ", r)
		}
	}()
	defer func() {
		r := helper()
		fmt.Println("helper recover returns", r)
	}()
	panic("p2")
}

func main() {
	fmt.Println(recover())
	fmt.Println(direct())
	fmt.Println(nested())
}
