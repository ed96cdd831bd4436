package main

import "fmt"

func main() {
	fmt.Println(1.0, 2.5, 0.1, 1.0/3.0, 100.0, 1e6, 1e20, 1e21, 1e-4, 1e-5)
	fmt.Println(123456789.123, 0.000001234)
	var f32 float32 = 1.0 / 3.0
	fmt.Println(f32, float32(0.1), float32(16777217))
	x := 0.1
	fmt.Println(x+0.2, x*3)
	fmt.Println(-0.0, 3.0)
	var z float64
	fmt.Println(-z, 1/(-z+1))
	fmt.Print(2.5, " ", 3.0, "\n")
	fmt.Println(float64(1<<53), float64(1<<53)+1)
}
