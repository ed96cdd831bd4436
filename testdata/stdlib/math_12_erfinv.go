package main

import (
	"fmt"
	"math"
)

// math.Erfinv and Erfcinv (Go 1.19's code): bit patterns across (-1, 1)
// and (0, 2), the special cases, and round trips through Erf/Erfc.
func main() {
	for _, x := range []float64{
		0, -0.0, 0.1, -0.1, 0.5, -0.5, 0.7, 0.75, 0.85, 0.9, 0.99, 0.999999,
		1e-10, -1e-300, 1 - 1e-16, 1, -1, 1.5, -2, math.NaN(), math.Inf(1),
	} {
		y := math.Erfinv(x)
		fmt.Printf("Erfinv(%g) = %v %#016x\n", x, y, math.Float64bits(y))
	}
	for _, x := range []float64{0, 0.01, 0.5, 1, 1.3, 1.9, 2, 2.5, -1, math.NaN()} {
		y := math.Erfcinv(x)
		fmt.Printf("Erfcinv(%g) = %v %#016x\n", x, y, math.Float64bits(y))
	}
	worst := 0.0
	for i := -999; i <= 999; i++ {
		x := float64(i) / 1000
		d := math.Abs(math.Erf(math.Erfinv(x)) - x)
		if d > worst {
			worst = d
		}
	}
	fmt.Println(worst < 1e-15, worst)
	h := uint64(0)
	for i := 1; i < 2000; i++ {
		h = h*31 + math.Float64bits(math.Erfcinv(float64(i)/1000))
	}
	fmt.Printf("%#x\n", h)
}
