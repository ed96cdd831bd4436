package main

import "fmt"

type IntFn func(int) int
type Pred func(int) bool

func (f IntFn) Twice(x int) int { return f(f(x)) }
func (p Pred) Not() Pred        { return func(x int) bool { return !p(x) } }

type Celsius float64
type Temp = Celsius

func main() {
	inc := IntFn(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(5))
	raw := func(x int) int { return x * 3 }
	fmt.Println(IntFn(raw).Twice(2))
	even := Pred(func(x int) bool { return x%2 == 0 })
	odd := even.Not()
	fmt.Println(even(4), odd(4), odd(3))
	var t Temp = 36.6
	fmt.Printf("%T %v\n", t, t)
	type Pair [2]string
	p := Pair{"a", "b"}
	arr := [2]string(p)
	fmt.Println(arr, Pair(arr) == p)
}
