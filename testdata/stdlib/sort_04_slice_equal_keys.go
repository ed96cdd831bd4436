package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key, id int
}

func main() {
	// Many equal keys: the order of equal elements after an unstable sort
	// is the algorithm's (Go's pdqsort), after a stable one the input's.
	var rs []rec
	x := uint32(12345)
	for i := 0; i < 200; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		rs = append(rs, rec{int(x % 7), i})
	}
	a := append([]rec(nil), rs...)
	sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
	b := append([]rec(nil), rs...)
	sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
	for k := 0; k < 200; k += 10 {
		fmt.Print(a[k], b[k], " ")
	}
	fmt.Println()
	fmt.Println(sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key }))
	names := []string{"delta", "alpha", "charlie", "bravo", "echo", "alpha"}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) < len(names[j]) })
	fmt.Println(names)
	sort.SliceStable(names, func(i, j int) bool { return names[i][0] < names[j][0] })
	fmt.Println(names)
}
