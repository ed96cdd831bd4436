package main

import "fmt"

func main() {
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 2)
	add("b", "c", 3)
	var keys []string
	for k := range graph {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		fmt.Println(k, graph[k])
	}
	fmt.Println(graph["z"]["q"])
	ms := map[string][]int{}
	ms["x"] = append(ms["x"], 1, 2)
	ms["x"] = append(ms["x"], 3)
	fmt.Println(ms)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
