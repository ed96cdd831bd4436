package main

import (
	"fmt"
	"sort"
)

func main() {
	fmt.Println(sort.SliceIsSorted([]int{1, 2, 3}, func(i, j int) bool { return i < j }))
	defer fmt.Println("deferred runs")
	sort.Slice(map[string]int{"a": 1}, func(i, j int) bool { return false })
}
