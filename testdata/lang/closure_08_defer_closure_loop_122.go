// Go 1.22 per-iteration loop variables (SPEC.md): deferred closures capture the
// iteration's own i. Expectation from completed/closure_08_defer_closure_loop_122.go.
package main

import "fmt"

func run() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("deferred closure sees", i) }()
	}
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred arg", i)
	}
}

func main() {
	run()
	m := map[int]func() int{}
	for i := 0; i < 3; i++ {
		m[i] = func() int { return i * i }
	}
	fmt.Println(m[0](), m[1](), m[2]())
}
