p := struct {
	Name string
	Age  int
}{"Ada", 36}
fmt.Printf("%+v\n", p)
fmt.Printf("%v %T\n", p, p.Age)

grid := [3][3]int{}
for i := range grid {
	grid[i][i] = 1
}
fmt.Println(grid)

words := map[string]int{"go": 2, "c": 1, "minigo": 6}
keys := make([]string, 0, len(words))
for k := range words {
	keys = append(keys, k)
}
sort.Strings(keys)
for _, k := range keys {
	fmt.Println(k, words[k])
}
s := []int{1, 2, 3, 4, 5}
fmt.Println(s[1:3], len(s[:2]), cap(s[2:]))
