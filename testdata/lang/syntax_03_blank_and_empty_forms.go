package main

import "fmt"

type T struct{ v int }

func (_ T) M(_ int) string { return "M" }

var _ = fmt.Sprint("blank package var")
var _, second = 1, 2

func main() {
	_ = second
	_, _ = 1, 2
	for _ = range []int{1, 2} {
	}
	for range "ab" {
	}
	for ; ; {
		break
	}
	switch second {
	}
	var i interface{}
	switch i.(type) {
	case nil:
		fmt.Println("nil only")
	}
	select {
	default:
		fmt.Println("select default only")
	}
	fmt.Println(T{}.M(0))
	goto end
end:
}
