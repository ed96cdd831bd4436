package main

import (
	"fmt"
	"math"
)

func main() {
	names := []string{"sin", "cos", "tan", "atan", "asin", "exp", "log", "log2", "log10", "pow", "sinh", "tanh", "atan2", "exp2", "mod"}
	fs := []func(x float64) float64{math.Sin, math.Cos, math.Tan, math.Atan, func(x float64) float64 { return math.Asin(x / 100) }, math.Exp, math.Log, math.Log2, math.Log10, func(x float64) float64 { return math.Pow(x, 1.37) }, math.Sinh, math.Tanh, func(x float64) float64 { return math.Atan2(x, 3) }, math.Exp2, func(x float64) float64 { return math.Mod(x*1000, 0.37) }}
	for k, f := range fs {
		h := uint64(0)
		for i := 1; i <= 2000; i++ {
			x := float64(i) * 0.0371
			h = h*31 + math.Float64bits(f(x))
		}
		fmt.Println(names[k], h)
	}
}
