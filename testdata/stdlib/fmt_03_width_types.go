package main

import "fmt"

type stack []int

func (s stack) String() string { return fmt.Sprintf("stack%d", len(s)) }

type errT struct{}

func (errT) Error() string { return "I am an error" }

func main() {
	for _, v := range []interface{}{1, "s", 2.5, true, nil, []int{1}, struct{}{}, int8(-3), uint16(9)} {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
	fmt.Printf("[%5.1f] [%-7s] [%07.2f] [%x] [%X]\n", 3.14159, "ab", -1.5, "Hello", []byte{1, 171})
	fmt.Printf("[%3d] [%-3d] [%03d] [%+.2e]\n", 12345, 7, 7, 0.0)
	fmt.Printf("%v %.3v %10.4v|\n", 1.0/3, 1.0/3, 2.0/3)
	fmt.Printf("%t %v\n", false, -2)
	fmt.Println(stack{1, 2, 3}, errT{}, []fmt.Stringer{stack{}})
	fmt.Printf("%s|%v|%d\n", stack{1}, errT{}, stack{4, 5})
	var e error = errT{}
	fmt.Printf("%v %q\n", e, e)
	fmt.Printf("%v %+v\n", struct {
		A *int
		B []string
	}{nil, nil}, struct{ N string }{"n"})
	fmt.Printf("%x %X %o\n", uint64(1<<63), int64(-255), -8)
	fmt.Printf("%.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1e6, 1e-4, 1e-5)
}
