package main

import "fmt"

const x = 0x10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000

func main() {
	fmt.Println(x >> 500)
}

// The expected diagnostic is Go 1.20+'s (SPEC.md: Go 1.22): an integer literal of more than
// 512 bits is itself an error there (go.dev/issue/54280: types2 checks the literal with
// check.overflow, whose message has no operation name for a literal). Go 1.19 accepts the
// literal and reports a later operation.
