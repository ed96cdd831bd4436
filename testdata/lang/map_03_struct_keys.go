package main

import "fmt"

type Key struct {
	X, Y int
	Name string
}

func main() {
	m := map[Key]int{}
	m[Key{1, 2, "a"}] = 10
	m[Key{1, 2, "a"}]++
	m[Key{2, 1, "a"}] = 20
	fmt.Println(len(m), m[Key{1, 2, "a"}])
	var ks []Key
	for k := range m {
		ks = append(ks, k)
	}
	sortSlice(len(ks), func(i, j int) bool { return ks[i].X < ks[j].X }, func(i, j int) { ks[i], ks[j] = ks[j], ks[i] })
	fmt.Println(ks)
	im := map[interface{}]string{1: "int", "1": "string", 1.0: "float", true: "bool"}
	fmt.Println(im[1], im["1"], im[1.0], im[true], len(im))
	am := map[[2]int]bool{{1, 2}: true}
	fmt.Println(am[[2]int{1, 2}], am[[2]int{2, 1}])
}

func sortSlice(n int, less func(i, j int) bool, swap func(i, j int)) {
	for i := 1; i < n; i++ {
		for j := i; j > 0 && less(j, j-1); j-- {
			swap(j, j-1)
		}
	}
}
