package main

import "fmt"

type point struct{ X, Y int }

func main() {
	p := point{1, 2}
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v\n", &p, []point{p})
	fmt.Printf("%d %5d %-5d| %05d %x %X %o %O %b %c %U\n", 42, 42, 42, -42, 255, 255, 8, 8, 5, 'A', 'é')
	fmt.Printf("%f %.2f %8.3f %e %E %g %G\n", 3.14159, 3.14159, 3.14159, 1234.5678, 0.000123, 1e21, 1e-7)
	fmt.Printf("%s %q %10s| %-10s| %.2s %x % x\n", "go", "go\n", "right", "left", "trunc", "hi", "hi")
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%v %v %v\n", []int{1, 2}, [2]bool{true}, map[string]int{"a": 1, "b": 2})
	fmt.Printf("%q %v %d\n", []string{"a", "b"}, []byte("hi"), []byte("hi"))
	fmt.Printf("%6.2f|%-8.3e|%+d|% d\n", 2.5, 1234.5, 5, 5)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%#x %#o %#q\n", 255, 8, "back`q")
	fmt.Printf("%08.3f|%+.1e|%x\n", -3.14159, 12345.0, -1)
}
