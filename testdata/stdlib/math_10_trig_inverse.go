package main

import (
	"fmt"
	"math"
)

func main() {
	for _, deg := range []float64{0, 30, 45, 60, 90, 180, 270, 360} {
		r := deg * math.Pi / 180
		fmt.Printf("%3.0f sin=%.6f cos=%.6f tan=%.4g\n", deg, math.Sin(r), math.Cos(r), math.Tan(r))
	}
	s, c := math.Sincos(1)
	fmt.Printf("%.10f %.10f\n", s, c)
	fmt.Printf("%.10f %.10f %.10f\n", math.Asin(0.5), math.Acos(0.5), math.Atan(1))
	fmt.Println(math.Asin(2), math.Acos(-2), math.Atan(math.Inf(1)) == math.Pi/2)
	fmt.Println(math.Sin(math.Inf(1)), math.Cos(math.NaN()), math.Sin(0), math.Sin(-0.0))
	fmt.Printf("%.6f %.6f\n", math.Erf(0.5), math.Erfc(0.5))
	lg, sign := math.Lgamma(-0.5)
	fmt.Printf("%.6f %d %.6f\n", lg, sign, math.Gamma(5))
	fmt.Println(math.Gamma(0), math.Gamma(-1), math.Gamma(0.5)*math.Gamma(0.5) - math.Pi < 1e-12)
}
