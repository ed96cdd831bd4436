// Prints, under Go 1.19, the capacities that tests/test_rt_slice.c expects
// from append (one element at a time, and many at once, per element size).
// Run once by hand: go run tests/gen/slicecap.go
package main

import "fmt"

func seq[T any](name string, size int) {
	var s []T
	var z T
	last := -1
	fmt.Printf("{%d, {", size)
	for i := 0; i < 5000; i++ {
		s = append(s, z)
		if cap(s) != last {
			last = cap(s)
			fmt.Printf("%d,", last)
		}
	}
	fmt.Printf("0}},\n")
}

func bulk[T any](size int) {
	for _, c0 := range []int{0, 1, 5, 300} {
		for _, k := range []int{1, 3, 7, 100, 1000} {
			s := make([]T, c0)
			s = append(s, make([]T, k)...)
			fmt.Printf("{%d, %d, %d, %d},\n", size, c0, k, cap(s))
		}
	}
}

func main() {
	fmt.Println("/* seq */")
	seq[[1]byte]("1", 1)
	seq[[2]byte]("2", 2)
	seq[[3]byte]("3", 3)
	seq[[4]byte]("4", 4)
	seq[[5]byte]("5", 5)
	seq[[8]byte]("8", 8)
	seq[[12]byte]("12", 12)
	seq[[16]byte]("16", 16)
	seq[[24]byte]("24", 24)
	seq[[32]byte]("32", 32)
	seq[[40]byte]("40", 40)
	seq[[100]byte]("100", 100)
	fmt.Println("/* bulk */")
	bulk[[1]byte](1)
	bulk[[8]byte](8)
	bulk[[12]byte](12)
	bulk[[24]byte](24)
	bulk[[100]byte](100)
}
