package main

import "fmt"

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%s: %s\n", name, e.Error())
		} else {
			fmt.Printf("%s: non-error %v\n", name, r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("neg index", func() { j := -1; _ = s[j+0*i] })
	try("slice", func() { _ = s[1:i] })
	try("slice2", func() { j := 2; k := 1; _ = s[j:k] })
	var m map[string]int
	try("nil map", func() { m["a"] = 1 })
	var p *T
	try("nil ptr", func() { _ = p.x })
	z := 0
	try("div", func() { _ = 10 / z })
	try("mod", func() { _ = 10 % z })
	var e interface{} = "str"
	try("assert", func() { _ = e.(int) })
	var ne interface{}
	try("assert nil", func() { _ = ne.(string) })
	ch := make(chan int)
	close(ch)
	try("close closed", func() { close(ch) })
	try("send closed", func() { ch <- 1 })
	var nc chan int
	try("close nil", func() { close(nc) })
	arr := [3]int{}
	try("array", func() { _ = arr[i%8] })
	str := "abc"
	try("string", func() { _ = str[i] })
	try("custom", func() { panic(fmt.Sprintf("bad %d", 1)) })
	try("make", func() { n := -1; _ = make([]int, n) })
}
