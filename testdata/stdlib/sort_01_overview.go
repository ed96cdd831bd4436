package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ints := []int{5, 2, 6, 3, 1, 4, 9, 8, 7, 0, -3, 11, 10, 15, 14, 13, 12}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 7), sort.SearchInts(ints, 100))
	strs := []string{"pear", "apple", "fig", "banana", "kiwi"}
	sort.Strings(strs)
	fmt.Println(strs, sort.SearchStrings(strs, "fig"))
	fl := []float64{2.5, -1, 3.25, 0, 1e10}
	sort.Float64s(fl)
	fmt.Println(fl)
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 30}, {"Gina", 25}, {"Hal", 40}, {"Ivy", 30}, {"Jon", 25}, {"Kim", 30}, {"Lee", 25}, {"Mo", 30}, {"Ned", 20}}
	p2 := append([]Person(nil), people...)
	sort.Sort(ByAge(p2))
	fmt.Println(p2)
	p3 := append([]Person(nil), people...)
	sort.Stable(ByAge(p3))
	fmt.Println(p3)
	p4 := append([]Person(nil), people...)
	sort.Slice(p4, func(i, j int) bool { return p4[i].Age > p4[j].Age })
	fmt.Println(p4)
	p5 := append([]Person(nil), people...)
	sort.SliceStable(p5, func(i, j int) bool { return p5[i].Name > p5[j].Name })
	fmt.Println(p5, sort.SliceIsSorted(p5, func(i, j int) bool { return p5[i].Name > p5[j].Name }))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IsSorted(sort.IntSlice(ints)))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	big := make([]int, 1000)
	x := uint32(7)
	for k := range big {
		x = x*1103515245 + 12345
		big[k] = int(x>>16) % 100
	}
	idx := make([]int, len(big))
	for k := range idx {
		idx[k] = k
	}
	sort.Slice(idx, func(a, b int) bool { return big[idx[a]] < big[idx[b]] })
	fmt.Println(idx[:20], idx[500:510], idx[980:])
	words := []string{"b", "a", "c"}
	sort.Sort(sort.StringSlice(words))
	fmt.Println(words, sort.StringSlice(words).Search("b"))
	pos, found := sort.Find(len(words), func(i int) int {
		if "c" < words[i] {
			return -1
		} else if "c" == words[i] {
			return 0
		}
		return 1
	})
	fmt.Println(pos, found)
}
