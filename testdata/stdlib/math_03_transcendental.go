package main

import (
	"fmt"
	"math"
)

func main() {
	for _, deg := range []float64{0, 30, 45, 60, 90, 180, 270} {
		rad := deg * math.Pi / 180
		fmt.Printf("%5.0f° sin=%8.5f cos=%8.5f tan=%12.5f\n", deg, math.Sin(rad), math.Cos(rad), math.Tan(rad))
	}
	fmt.Printf("%.10f %.10f %.10f\n", math.Asin(0.5), math.Acos(0.5), math.Atan(1))
	for _, p := range [][2]float64{{1, 1}, {1, -1}, {-1, -1}, {0, -1}, {0, 0}} {
		fmt.Printf("atan2(%v,%v)=%.6f\n", p[0], p[1], math.Atan2(p[0], p[1]))
	}
	fmt.Printf("%.10f %.10f %.10f %.10f\n", math.Exp(2), math.Log(10), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.10f %.10f %.10f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
	fmt.Println(math.Pow(2, -2), math.Pow(-8, 1.0/3), math.Pow(0, 0), math.Pow(-2, 3), math.Pow(4, 0.5), math.Exp2(10))
	fmt.Println(math.Sqrt(144), math.Sqrt(2)*math.Sqrt(2), math.Hypot(3e200, 4e200), math.Cbrt(-64), math.Cbrt(2))
}
