// Go 1.21+ builtin clear (SPEC.md: Go 1.22). Expected output produced from
// completed/map_09_clear_builtin.go, the same program with clear written out.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m == nil)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3}
	clear(s[1:])
	fmt.Println(s, len(s))
}
