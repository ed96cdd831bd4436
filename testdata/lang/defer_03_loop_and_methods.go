package main

import "fmt"

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }
func (r Res) Show()   { fmt.Println("show", r.name) }

func work() {
	for _, n := range []string{"a", "b", "c"} {
		r := &Res{n}
		defer r.Close()
	}
	v := Res{"v"}
	defer v.Show()
	v.name = "changed"
	f := func(s string) { fmt.Println("f", s) }
	defer f("arg")
	f = func(s string) { fmt.Println("g", s) }
	fmt.Println("work body")
}

func main() {
	work()
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("main done")
}
