package main

import "fmt"

type T struct{ name string }

func (t T) Print()   { fmt.Println("value recv:", t.name) }
func (t *T) PPrint() { fmt.Println("ptr recv:", t.name) }

func get(n int) int {
	fmt.Println("get", n)
	return n
}

func main() {
	t := T{"before"}
	defer t.Print()
	defer t.PPrint()
	t.name = "after"
	defer fmt.Println("sum", get(1)+get(2))
	fns := []func(){func() { fmt.Println("f0") }, func() { fmt.Println("f1") }}
	idx := 0
	defer fns[idx]()
	idx = 1
	fmt.Println("body done")
}
