package main

import "fmt"

var total = func() int { return base * 3 }()

var base = offset + 1

var offset = 10

type Acc struct{ v int }

func (a *Acc) Get() int { return scale }

var acc = &Acc{}
var viaPtr = acc.Get()
var scale = 4

var fnVal = compute
var result = fnVal()

func compute() int { return late }

var late = 99

var list = []int{first, second}
var first = 1
var second = first + 1

func main() {
	fmt.Println(total, base, offset, viaPtr, scale, result, late, list)
}
