package main

import "fmt"

func makeArr(n int) [5]int {
	var a [5]int
	for i := range a {
		a[i] = n * i
	}
	return a
}

func sum(a [5]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func main() {
	a := makeArr(3)
	fmt.Println(a, sum(a), makeArr(2)[4])
	var big [1000]int
	for i := range big {
		big[i] = i
	}
	cp := big
	cp[999] = 0
	fmt.Println(big[999], cp[999], len(big))
	type Matrix [2][2]int
	mul := func(a, b Matrix) (c Matrix) {
		for i := 0; i < 2; i++ {
			for j := 0; j < 2; j++ {
				for k := 0; k < 2; k++ {
					c[i][j] += a[i][k] * b[k][j]
				}
			}
		}
		return
	}
	f := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = mul(r, f)
	}
	fmt.Println(r)
}
