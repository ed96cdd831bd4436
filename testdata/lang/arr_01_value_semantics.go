package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a, len(a), cap(a))
	d := [...]string{2: "c", 0: "a"}
	fmt.Println(len(d), d)
	fmt.Printf("%q\n", d)
	var z [4]bool
	fmt.Println(z)
}
