package main

import "fmt"

// Variables declared outside the loop are shared by every closure (same in all Go versions).
func main() {
	var fs []func() int
	j := 0
	for j < 3 {
		fs = append(fs, func() int { return j })
		j++
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		k := i * 2
		gs = append(gs, func() int { k++; return k })
	}
	fmt.Println(gs[0](), gs[0](), gs[1](), gs[2]())
}
