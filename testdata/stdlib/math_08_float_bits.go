package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%#x\n", math.Float64bits(1.0))
	fmt.Printf("%#x\n", math.Float32bits(-2.5))
	fmt.Println(math.Float64frombits(0x400921fb54442d18), math.Float32frombits(0x3f800000))
	fr, exp := math.Frexp(48)
	fmt.Println(fr, exp, math.Ldexp(0.75, 6))
	ip, frac := math.Modf(-3.75)
	fmt.Println(ip, frac)
	fmt.Println(math.Nextafter(1, 2)-1)
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Signbit(0), math.Copysign(3, -1))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1e308, 0))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Logb(8), math.Ilogb(0.1), math.Remainder(10, 3), math.Mod(-10, 3))
	fmt.Println(math.FMA(2, 3, 4), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Max(math.Inf(1), 1))
}
