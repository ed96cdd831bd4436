package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0.5, 1, 2.5, 5, 10.3, -1.5} {
		lg, sign := math.Lgamma(x)
		fmt.Println(x, math.Gamma(x), lg, sign, math.Erf(x/3), math.Erfc(x/3))
	}
	for _, x := range []float64{0, 0.5, 1, 5, 20, 100} {
		fmt.Println(x, math.J0(x), math.J1(x), math.Jn(3, x), math.Y0(x+1), math.Y1(x+1), math.Yn(2, x+1))
	}
	fmt.Println(math.Asinh(1), math.Acosh(2), math.Atanh(0.5), math.Expm1(1e-10), math.Log1p(1e-10))
}
