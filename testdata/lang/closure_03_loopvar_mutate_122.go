// Go 1.22 per-iteration loop variables (SPEC.md): the copy happens at the start of
// each iteration's post statement, so a closure modifying i inside the body affects
// that iteration's i and the next iteration starts from it (i := i; ...; copy back).
// Expectation from completed/closure_03_loopvar_mutate_122.go (explicit copies).
package main

import "fmt"

func main() {
	var fs []func()
	for i := 0; i < 6; i++ {
		inc := func() { i++ }
		if i == 2 {
			inc()
		}
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}
