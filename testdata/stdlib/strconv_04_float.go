package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, 0.1, 0.2 + 0.1, 1.0 / 3, 2.0 / 3, 1e6, 1e21, 1.5e-7, 123456.789, -98.765, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 100, 0.000123}
	for _, v := range vals {
		fmt.Printf("%s | %s | %s | %s | %s | %s | %s\n",
			strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'f', 3, 64),
			strconv.FormatFloat(v, 'E', 2, 64),
			strconv.FormatFloat(v, 'G', 5, 64),
			strconv.FormatFloat(v, 'g', -1, 32))
	}
	for _, s := range []string{"3.14159", "1e10", "-0.5", "abc", "1e500", "0x1.8p1", "  2", "Inf", "-nan", "1_0.5", "6.02214076e23"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, "=>", f, err)
	}
}
