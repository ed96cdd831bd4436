package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(1, math.NaN()))
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(-27), math.Cbrt(2))
	fmt.Println(math.Hypot(3, 4), math.Hypot(math.Inf(1), math.NaN()))
	fmt.Println(math.Exp(1), math.Exp2(10), math.Expm1(1e-10), math.Log1p(1e-10))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log(0), math.Log(-1))
	fmt.Println(math.Pow10(3), math.Pow10(-2), math.Pow10(400))
	for _, x := range []float64{2.5, -2.5, 3.5, 0.49999999999999994, -0.5} {
		fmt.Println(x, math.Round(x), math.RoundToEven(x), math.Trunc(x), math.Floor(x), math.Ceil(x))
	}
	fmt.Println(math.Abs(-0.0), math.Abs(math.Inf(-1)))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asinh(1), math.Acosh(2), math.Atanh(0.5))
	fmt.Printf("%.6f %.6f\n", math.Atan2(1, -1), math.Atan2(-0.0, -1))
}
