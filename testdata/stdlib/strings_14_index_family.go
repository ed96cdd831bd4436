package main

import (
	"fmt"
	"strings"
)

func main() {
	hay := "the cat sat on the mat with the hat"
	for _, n := range []string{"the", "at", "dog", "", "hat", "t"} {
		fmt.Println(n, strings.Index(hay, n), strings.LastIndex(hay, n), strings.Count(hay, n), strings.Contains(hay, n))
	}
	words := strings.Fields(hay)
	seen := map[string]int{}
	var order []string
	for _, w := range words {
		if seen[w] == 0 {
			order = append(order, w)
		}
		seen[w]++
	}
	for _, w := range order {
		fmt.Printf("%s=%d ", w, seen[w])
	}
	fmt.Println()
	fmt.Println(strings.IndexAny("golang", "xyz"), strings.LastIndexAny("golang", "gl"), strings.IndexRune("abc", 'é'), strings.IndexByte("", 'a'))
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("a", ""), strings.HasPrefix("a", "ab"))
	fmt.Println(strings.Index("日本語日本語", "語"), strings.LastIndex("日本語日本語", "日"), strings.IndexRune("日本語", '本'))
	fmt.Println(strings.ContainsRune("abc", -1), strings.IndexRune("a\uFFFDb", '\uFFFD'), strings.IndexRune("a\xffb", '\uFFFD'))
}
