package main

import "fmt"

func main() {
	fmt.Println(0x1F, 0X1f, 0o17, 017, 0b1011, 1_000_000)
	fmt.Println(0x1p4, 1e3, .5, 1., 6.02e23)
	fmt.Println(0x_ff, 0b_1_0)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(1e-7, 1e21, 1e20, 123456789.0)
}
