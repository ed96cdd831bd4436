package main

import "fmt"

func main() {
	var fs []func()
	for i0 := 0; i0 < 6; i0++ {
		i := i0
		inc := func() { i++ }
		if i == 2 {
			inc()
		}
		fs = append(fs, func() { fmt.Print(i, " ") })
		i0 = i
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
}
