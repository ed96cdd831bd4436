package main

import "fmt"

func main() {
	var fs []func() int
	for i0 := 0; i0 < 3; i0++ {
		i := i0
		fs = append(fs, func() int { i += 10; return i })
	}
	fmt.Println(fs[0](), fs[0](), fs[1](), fs[2]())
	var prints []func()
	for i0, j0 := 0, 10; i0 < 3; i0, j0 = i0+1, j0-1 {
		i, j := i0, j0
		prints = append(prints, func() { fmt.Print(i, ",", j, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
}
