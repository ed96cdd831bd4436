package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func prefix(p string, parts ...string) []string {
	out := make([]string, len(parts))
	for i, s := range parts {
		out[i] = p + s
	}
	return out
}

func modify(xs ...int) { if len(xs) > 0 { xs[0] = 99 } }

func describe(args ...interface{}) string {
	return fmt.Sprint(len(args), args)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	fmt.Println(prefix("x-", "a", "b"), len(prefix("y")))
	fmt.Println(describe(1, "a", nil), describe())
	is := []interface{}{1, 2}
	fmt.Println(describe(is...), describe(is))
	fmt.Printf("%T\n", sum)
}
