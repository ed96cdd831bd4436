// Helper file, used only to produce the expectation misc_06_func_values_methods.want with real Go:
// the snippet testdata/snippets/misc_06_func_values_methods.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/misc_06_func_values_methods.go:1:1
type Temp float64

func (t Temp) Fahrenheit() float64 { return float64(t)*9/5 + 32 }

const boiling Temp = 100

func main() {
//line testdata/snippets/misc_06_func_values_methods.go:7:1
convert := boiling.Fahrenheit
ops := map[string]func(int, int) int{
	"add": func(a, b int) int { return a + b },
	"mul": func(a, b int) int { return a * b },
}
fmt.Println(convert(), Temp.Fahrenheit(37))
fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
apply := func(f func(int) int, xs ...int) (out []int) {
	for _, x := range xs {
		out = append(out, f(x))
	}
	return
}
fmt.Println(apply(func(x int) int { return x * x }, 1, 2, 3))
}
