package main

import (
	"fmt"
	"math"
)

// math.Nextafter32 (Go 1.19's code) and Nextafter: bit patterns of the
// neighbours of ordinary numbers, zeros, subnormals, the extremes, NaN.
func main() {
	type pair struct{ x, y float32 }
	inf := float32(math.Inf(1))
	nan := float32(math.NaN())
	for _, p := range []pair{
		{0, 1}, {0, -1}, {1, 2}, {1, 0}, {-1, 0}, {-1, -2}, {1, 1},
		{math.MaxFloat32, inf}, {inf, 0}, {-inf, 0}, {math.SmallestNonzeroFloat32, 0},
		{-math.SmallestNonzeroFloat32, 1}, {0.1, 1}, {0.1, -1}, {3.4e38, 0},
		{nan, 1}, {1, nan}, {float32(math.Copysign(0, -1)), 1}, {16777216, 1e30},
	} {
		r := math.Nextafter32(p.x, p.y)
		fmt.Printf("Nextafter32(%g, %g) = %g %#08x\n", p.x, p.y, r, math.Float32bits(r))
	}
	x := float32(1)
	for i := 0; i < 5; i++ {
		x = math.Nextafter32(x, 2)
	}
	fmt.Printf("%.10g %#x\n", x, math.Float32bits(x))
	fmt.Println(math.Nextafter32(0, 1) == math.SmallestNonzeroFloat32)
	fmt.Println(math.Nextafter(1, 2)-1 == 0x1p-52, math.Nextafter(0, -1))
	s := math.Nextafter32(-0.0, -1)
	fmt.Println(math.Signbit(float64(s)), s)
}
