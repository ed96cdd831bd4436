// Go 1.22 per-iteration loop variables (SPEC.md): closures created in the
// condition/post of a three-clause loop see per-iteration copies.
// Expectation from completed/loop_03_for_post_closure_122.go.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { i += 10; return i })
	}
	fmt.Println(fs[0](), fs[0](), fs[1](), fs[2]())
	var prints []func()
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		prints = append(prints, func() { fmt.Print(i, ",", j, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
}
