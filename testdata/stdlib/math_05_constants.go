package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Phi)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, uint32(math.MaxUint32), uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	var i8 int8 = math.MaxInt8
	i8++
	fmt.Println(i8)
	area := math.Pi * math.Pow(2.5, 2)
	fmt.Printf("circle area %.4f, hypotenuse %.4f\n", area, math.Hypot(3, 4))
	fmt.Println(math.Gamma(5), math.Erf(0), math.Log1p(0), math.Expm1(0))
}
