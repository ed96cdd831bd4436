package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity`

func main() {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ",.;"))
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:6] {
		fmt.Printf("%-8s %s %d\n", k, strings.Repeat("*", counts[k]), counts[k])
	}
	lines := strings.Split(text, "\n")
	fmt.Println(len(lines), strings.Count(text, "it was"), strings.Index(text, "age"), strings.LastIndex(text, "was"))
}
