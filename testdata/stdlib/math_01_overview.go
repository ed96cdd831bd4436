package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(2, 0.5), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Round(2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(math.Inf(-1), 0), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(1), math.Exp(0))
	fmt.Printf("%.6f %.6f %.6f %.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan(1), math.Atan2(1, -1), math.Hypot(3, 4))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 0), math.IsInf(1, 0), math.IsNaN(math.NaN()), math.NaN())
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), uint32(math.MaxUint32), math.MaxInt)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.Pi, math.E)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fr, ex := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), ip, fp, math.Cbrt(27), math.Pow10(3))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Pow(0, -1), 1/math.Inf(1))
	var x float64 = 10
	fmt.Println(int(math.Sqrt(x*x)), math.Floor(7.0/2.0), math.Hypot(5, 12))
}
