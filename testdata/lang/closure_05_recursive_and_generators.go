package main

import "fmt"

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	f := compose(adder(1), func(x int) int { return x * 2 }, adder(-3))
	fmt.Println(f(5))
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println(fib(90))
	func() {
		fmt.Println("immediate")
	}()
	var nilf func()
	fmt.Println(nilf == nil)
}
