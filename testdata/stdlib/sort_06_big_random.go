package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	n := 100000
	a := make([]int, n)
	for i := range a {
		a[i] = r.Intn(1000000)
	}
	b := append([]int(nil), a...)
	sort.Ints(a)
	fmt.Println(sort.IntsAreSorted(a), a[0], a[n/2], a[n-1])
	sort.Sort(sort.Reverse(sort.IntSlice(b)))
	fmt.Println(b[0], b[n/2], b[n-1])
	perm := r.Perm(20)
	sort.Stable(sort.IntSlice(perm))
	fmt.Println(perm)
}
