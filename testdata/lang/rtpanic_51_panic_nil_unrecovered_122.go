// Go 1.21+ semantics (SPEC.md: Go 1.22): an unrecovered panic(nil) reports
// "panic: panic called with nil argument". Go 1.19 printed "panic: nil"; the
// expectation was written from the Go 1.21+ rule, not produced by Go 1.19.
package main

import "fmt"

func main() {
	fmt.Println("before")
	panic(nil)
}
