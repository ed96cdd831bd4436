package main

import "fmt"

func main() {
	fmt.Println(byte(300))
}

// The expected diagnostic is worded as Go 1.22 words it (go.dev/issue/63563);
// Go 1.19 says: cannot convert 300 (untyped int constant) to type byte.
