package main

import (
	"fmt"
	"sort"
	"strings"
)

type rec struct {
	dept string
	name string
	pay  int
}

func main() {
	rs := []rec{{"eng", "zoe", 120}, {"ops", "al", 90}, {"eng", "bo", 120}, {"eng", "cy", 150}, {"ops", "di", 95}, {"hr", "ed", 70}}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].dept != rs[j].dept {
			return rs[i].dept < rs[j].dept
		}
		if rs[i].pay != rs[j].pay {
			return rs[i].pay > rs[j].pay
		}
		return rs[i].name < rs[j].name
	})
	for _, r := range rs {
		fmt.Printf("%-4s %-4s %d\n", r.dept, r.name, r.pay)
	}
	m := map[string]int{"pear": 3, "apple": 5, "fig": 5, "kiwi": 1}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(keys)
	ss := sort.StringSlice{"b", "C", "a", "B"}
	sort.Sort(ss)
	fmt.Println(ss, ss.Len(), ss.Less(0, 1))
	lower := []string{"b", "C", "a", "B"}
	sort.SliceStable(lower, func(i, j int) bool { return strings.ToLower(lower[i]) < strings.ToLower(lower[j]) })
	fmt.Println(lower)
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, sort.SearchInts(is, 2))
}
