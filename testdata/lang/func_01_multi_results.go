package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap(a, b string) (string, string) { return b, a }

func stats(xs ...float64) (min, max, avg float64) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	sum := 0.0
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	avg = sum / float64(len(xs))
	return
}

func pass() (int, int) { return divmod(17, 5) }

func takeTwo(a, b int) int { return a*10 + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(stats(3, 1, 4, 1, 5))
	fmt.Println(stats())
	fmt.Println(takeTwo(pass()))
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
}
