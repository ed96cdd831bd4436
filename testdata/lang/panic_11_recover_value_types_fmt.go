package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) String() string { return fmt.Sprintf("Code(%d)", int(c)) }

func catch(f func()) (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprintf("%T|%v|%s", r, r, fmt.Sprint(r))
	}()
	f()
	return
}

func main() {
	fmt.Println(catch(func() { panic(Code(4)) }))
	fmt.Println(catch(func() { panic(errors.New("e")) }))
	fmt.Println(catch(func() { panic([]int{1, 2}) }))
	fmt.Println(catch(func() { panic(struct{ A int }{1}) }))
	fmt.Println(catch(func() { panic(3.5) }))
	fmt.Println(catch(func() { var m map[int]int; m[0]++ }))
	fmt.Println(catch(func() { var a []int; _ = a[len(a)-1+1] }))
	fmt.Println(catch(func() { var i interface{} = 1; _ = i.(fmt.Stringer) }))
	fmt.Println(catch(func() { var p *Code; _ = p.String() }))
}
