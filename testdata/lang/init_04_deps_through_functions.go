package main

import "fmt"

var a = f()

func f() int { return b * 2 }

var b = g()

func g() int { return c + 1 }

var c = 5

var x, y = pair()

func pair() (int, string) { return a + b + c, fmt.Sprint("c=", c) }

type T struct{}

func (T) M() int { return d }

var e = T{}.M()
var d = 7

var h = T.M(T{}) + 1

func main() {
	fmt.Println(a, b, c, x, y, e, d, h)
}
