package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{-2.5, -1.5, -0.5, -0.4, 0, 0.4, 0.5, 1.5, 2.5, 2.6, 1e16 + 1, math.Inf(1), math.NaN()} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Round(x), math.RoundToEven(x), math.Trunc(x), math.Abs(x))
	}
	ip, frac := math.Modf(-3.25)
	fmt.Println(ip, frac, math.Mod(10, 3), math.Mod(-10, 3), math.Mod(10, -3), math.Mod(5.5, 2), math.Remainder(10, 3))
	fmt.Println(math.Max(1, 2), math.Min(1, 2), math.Max(math.Copysign(0, -1), 0), math.Min(math.Copysign(0, -1), 0), math.Dim(5, 3), math.Dim(3, 5))
}
