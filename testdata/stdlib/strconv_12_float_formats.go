package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.141592653589793, 1e21, 1e-7, 123456789.125, 2.5e-300}
	for _, v := range vals {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'e', 3, 64),
			strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'G', 4, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 32), strconv.FormatFloat(1.0/3, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(255, 'x', -1, 64), strconv.FormatFloat(1, 'x', 3, 64))
	for _, s := range []string{"1e308", "1e309", "-1e309", "0x1p-2", "inf", "-Inf", "NaN", "1.5e", ".5", "1_0.5", "4e-400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f, err)
}
