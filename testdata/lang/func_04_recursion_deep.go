package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type big struct{ a [16]int64 }

func heavy(n int, b big) int64 {
	if n == 0 {
		return b.a[0]
	}
	b.a[0]++
	return heavy(n-1, b)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	fmt.Println(depth(1000000))
	fmt.Println(heavy(100000, big{}))
	fmt.Println(ackermann(2, 3))
	done := make(chan int)
	go func() { done <- depth(200000) }()
	fmt.Println(<-done)
}
