package main

import "fmt"

type T int

func (T) M() string { return "method" }

var value = 1

func value2() int { return value * 2 }

func main() {
	fmt.Println(value2())
	value := 100
	fmt.Println(value, value2())
	{
		fmt := "shadowed fmt"
		_ = fmt
	}
	T := "string now"
	fmt.Println(T)
	if n, err := 5, error(nil); err == nil {
		n := n * 2
		fmt.Println(n)
	}
	var x interface{} = 1
	switch x := x.(type) {
	case int:
		x++
		fmt.Println("int", x)
	}
	fmt.Println(x)
}
