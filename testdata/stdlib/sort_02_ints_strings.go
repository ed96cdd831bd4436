package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{42, -1, 7, 7, 0, 100, -50, 3, 3, 3, 99, 12, 8, 1, 2, 64, 31, 17, 5, 6}
	sort.Ints(a)
	fmt.Println(a, sort.IntsAreSorted(a))
	for _, x := range []int{7, 4, -100, 1000} {
		i := sort.SearchInts(a, x)
		fmt.Println(x, i, i < len(a) && a[i] == x)
	}
	s := []string{"Banana", "apple", "cherry", "Apple", "banana", "", "Ω", "z"}
	sort.Strings(s)
	fmt.Printf("%q %v\n", s, sort.StringsAreSorted(s))
	f := []float64{3.5, -2, 1e-9, 0, -0.5, 2.25}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f), sort.SearchFloat64s(f, 1))
	sort.Sort(sort.Reverse(sort.StringSlice(s)))
	fmt.Printf("%q\n", s)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty))
}
