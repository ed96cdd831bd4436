package main

import "fmt"

func logf(prefix string, args ...interface{}) string {
	return fmt.Sprint(append([]interface{}{prefix}, args...)...)
}

func count(args ...interface{}) int { return len(args) }

func forward(args ...interface{}) int { return count(args...) }

func wrap(args ...interface{}) int { return count(args) }

func ints(xs ...int) []int { return xs }

func main() {
	fmt.Println(logf("p:", 1, "a", 2))
	fmt.Println(forward(1, 2, 3), wrap(1, 2, 3), count(), count(nil), count(nil...))
	s := []int{1, 2}
	r := ints(s...)
	r[0] = 100
	fmt.Println(s, ints() == nil, len(ints()))
}
