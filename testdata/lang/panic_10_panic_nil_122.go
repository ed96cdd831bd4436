// Go 1.21+ semantics (SPEC.md: Go 1.22): panic(nil) panics with a *runtime.PanicNilError,
// so recover() returns a non-nil runtime error whose text is
// "panic called with nil argument". Go 1.19 would recover nil instead; the expectation
// below was written from the Go 1.21+ rule, not produced by Go 1.19.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println(r != nil)
		err, ok := r.(error)
		fmt.Println(ok)
		if ok {
			fmt.Println(err.Error())
		}
		_, isRuntime := r.(interface{ RuntimeError() })
		fmt.Println(isRuntime)
	}()
	panic(nil)
}
