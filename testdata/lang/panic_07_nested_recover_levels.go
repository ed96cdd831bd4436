package main

import "fmt"

func inner(n int) {
	defer fmt.Println("inner defer", n)
	if n == 0 {
		panic("bottom")
	}
	inner(n - 1)
}

func middle() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("middle: %v", r)
		}
	}()
	inner(3)
	return nil
}

func main() {
	fmt.Println(middle())
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var arr []int
		idx := 3
		arr[idx] = 1
	}()
	fmt.Println("main ends")
}
