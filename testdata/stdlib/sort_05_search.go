package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	if i < len(a) && a[i] == x {
		fmt.Printf("found %d at index %d in %v\n", x, i, a)
	}
	x = 7
	i = sort.Search(len(a), func(i int) bool { return a[i] >= x })
	fmt.Printf("%d not found, would be inserted at %d\n", x, i)
	// guessing game style: find the smallest n with n*n >= 1000
	fmt.Println(sort.Search(1000, func(n int) bool { return n*n >= 1000 }))
	desc := []int{55, 45, 36, 28, 21, 15, 10, 6, 3, 1}
	fmt.Println(sort.Search(len(desc), func(i int) bool { return desc[i] <= 6 }))
	fmt.Println(sort.IntSlice(a).Search(28), sort.StringSlice([]string{"a", "c", "e"}).Search("d"))
	fmt.Println(sort.Search(0, func(int) bool { return true }))
}
