package main

import "fmt"

type Op struct {
	name string
	fn   func(int, int) int
}

func main() {
	ops := map[string]Op{
		"add": {"addition", func(a, b int) int { return a + b }},
		"sub": {"subtraction", func(a, b int) int { return a - b }},
	}
	for _, k := range []string{"add", "sub", "mul"} {
		if op, ok := ops[k]; ok {
			fmt.Println(op.name, op.fn(7, 3))
		} else {
			fmt.Println(k, "missing")
		}
	}
	counts := map[bool]int{}
	for i := 0; i < 10; i++ {
		counts[i%3 == 0]++
	}
	fmt.Println(counts[true], counts[false])
	type key struct{ a, b string }
	pairs := map[key]bool{{"x", "y"}: true}
	fmt.Println(pairs[key{"x", "y"}], pairs[key{"y", "x"}])
	pm := map[*int]string{}
	i1, i2 := 1, 1
	pm[&i1] = "one"
	pm[&i2] = "two"
	fmt.Println(len(pm), pm[&i1])
}
