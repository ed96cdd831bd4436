type Temp float64

func (t Temp) Fahrenheit() float64 { return float64(t)*9/5 + 32 }

const boiling Temp = 100

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
