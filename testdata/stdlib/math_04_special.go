package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, inf-inf, inf*0, 1/inf, -1/inf)
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(-inf, 0), math.IsNaN(nan), nan == nan, nan != nan)
	fmt.Println(math.Sqrt(-1), math.Log(-1), math.Log(0), math.Exp(1000), math.Exp(-1000))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1))
	fmt.Printf("%x %x %x\n", math.Float64bits(1), math.Float64bits(-2.5), math.Float32bits(0.1))
	fmt.Println(math.Float64frombits(0x3ff8000000000000), math.Float32frombits(0x40490fdb))
	fr, exp := math.Frexp(-48)
	fmt.Println(fr, exp, math.Ldexp(fr, exp), math.Logb(48), math.Ilogb(48))
	fmt.Println(math.Nextafter(1, 2)-1, math.Nextafter(1, 0))
}
