// Helper file, used only to produce the expectation auto_12_sort.want with real Go:
// the snippet testdata/snippets/auto_12_sort.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sort"
//line testdata/snippets/auto_12_sort.go:7:1
type person struct {
	name string
	age  int
}
func main() {
//line testdata/snippets/auto_12_sort.go:1:1
ints := []int{5, 2, 8, 1, 9}
sort.Ints(ints)
fmt.Println(ints, sort.SearchInts(ints, 8), sort.IntsAreSorted(ints))
names := []string{"bob", "alice", "carol"}
sort.Strings(names)
fmt.Println(names)
//line testdata/snippets/auto_12_sort.go:11:1
people := []person{{"a", 30}, {"b", 25}, {"c", 35}, {"d", 25}}
sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
fmt.Println(people)
sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
fmt.Println(ints)
sort.Sort(sort.Reverse(sort.StringSlice(names)))
fmt.Println(names)
}
