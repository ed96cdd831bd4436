package main

import (
	"fmt"
	"math/rand"
	"strings"
	"sync/atomic"
	"time"
)

type Node struct{ val int }

type node struct{}

type Holder struct {
	N atomic.Pointer[Node]
}

// %T and %v of atomic.Pointer[T] values, as Go 1.19 prints them.
func main() {
	var p atomic.Pointer[Node]
	fmt.Printf("%T\n", p)
	fmt.Printf("%T\n", &p)
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Println(p)
	var q atomic.Pointer[[]map[string]int]
	fmt.Printf("%T\n", q)
	var r atomic.Pointer[atomic.Pointer[int]]
	fmt.Printf("%T %v\n", r, r)
	var h Holder
	fmt.Printf("%T %v %+v\n", h, h, h)
	var i interface{} = &p
	_, ok := i.(*atomic.Pointer[Node])
	_, bad := i.(*atomic.Pointer[int])
	fmt.Println(ok, bad)
	switch i.(type) {
	case *atomic.Pointer[int]:
		fmt.Println("int")
	case *atomic.Pointer[Node]:
		fmt.Println("Node")
	}
	fmt.Println(p == atomic.Pointer[Node]{})

	// %T spells a type argument's named types with their package path
	// (math/rand.Rand), and local types with gc's number (main.L·1)
	var a atomic.Pointer[strings.Builder]
	var b atomic.Pointer[*time.Time]
	var c atomic.Pointer[map[string]time.Duration]
	var e atomic.Pointer[rand.Rand]
	var f atomic.Pointer[struct{ X Node }]
	var g atomic.Pointer[func(Node) error]
	var k atomic.Pointer[interface{ M() }]
	fmt.Printf("%T\n%T\n%T\n%T\n%T\n%T\n%T\n", a, b, c, e, f, g, k)
	fmt.Printf("%v\n", []atomic.Pointer[int]{{}, {}})
	var s1 atomic.Pointer[struct {
		node
		*atomic.Int32
		X int
		y string
	}]
	var s2 atomic.Pointer[interface {
		m() int
		M(x struct{ z int })
	}]
	var s3 atomic.Pointer[func(int) (string, error)]
	var s4 atomic.Pointer[<-chan int]
	var s5 atomic.Pointer[[4]*Node]
	fmt.Printf("%T\n%T\n%T\n%T\n%T\n", s1, s2, s3, s4, s5)
	local()
	type L struct{ x int }
	var d atomic.Pointer[L]
	fmt.Printf("%T\n", d)
	func() {
		type L struct{}
		var d atomic.Pointer[L]
		fmt.Printf("%T\n", d)
	}()

	// a stored pointer prints as Go prints any pointer
	p.Store(&Node{1})
	fmt.Printf("%v %+v\n", p.Load(), p.Load())
}

func local() {
	type A struct{}
	type B struct{}
	var a atomic.Pointer[A]
	var b atomic.Pointer[B]
	fmt.Printf("%T %T\n", a, b)
}
