package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 3, 5, 8, 13}
	for _, x := range []int{0, 1, 3, 4, 13, 20} {
		fmt.Print(sort.SearchInts(a, x), " ")
	}
	fmt.Println()
	fs := []float64{-1.5, 0, 2.25}
	fmt.Println(sort.SearchFloat64s(fs, 0), sort.SearchFloat64s(fs, 3))
	ss := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(ss, "b"), sort.SearchStrings(ss, "cherry"), sort.SearchStrings(ss, "z"))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	fmt.Println(sort.Search(0, func(int) bool { return true }))
	fmt.Println(sort.IntsAreSorted(a), sort.StringsAreSorted([]string{"b", "a"}), sort.Float64sAreSorted(nil))
	fmt.Println(sort.IntSlice(a).Search(5), sort.StringSlice(ss).Search("cherry"))
	fl := []float64{3, -1, 2.5, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	r := []int{5, 2, 9, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(r)))
	fmt.Println(r, sort.IsSorted(sort.Reverse(sort.IntSlice(r))))
}
