package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func bsearch(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func main() {
	a := []int{9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 3}
	quicksort(a)
	fmt.Println(a)
	fmt.Println(bsearch(a, 3), bsearch(a, 10), bsearch(a, -1))
	seed := uint32(1)
	big := make([]int, 10000)
	for i := range big {
		seed = seed*1664525 + 1013904223
		big[i] = int(seed >> 8)
	}
	quicksort(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println(ok, big[0] <= big[9999])
}
