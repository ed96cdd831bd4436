ints := []int{5, 2, 8, 1, 9}
sort.Ints(ints)
fmt.Println(ints, sort.SearchInts(ints, 8), sort.IntsAreSorted(ints))
names := []string{"bob", "alice", "carol"}
sort.Strings(names)
fmt.Println(names)
type person struct {
	name string
	age  int
}
people := []person{{"a", 30}, {"b", 25}, {"c", 35}, {"d", 25}}
sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
fmt.Println(people)
sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
fmt.Println(ints)
sort.Sort(sort.Reverse(sort.StringSlice(names)))
fmt.Println(names)
