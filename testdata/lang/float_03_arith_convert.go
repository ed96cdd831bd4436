package main

import "fmt"

func main() {
	a := 7.5
	b := 2.0
	fmt.Println(a/b, a*b, a-b, a+b)
	fmt.Println(int(a), int(-a))
	var i int = 10
	f := float64(i) / 4
	fmt.Println(f)
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(float64(f32) == f64, f32 == float32(f64))
	sum := 0.0
	for k := 0; k < 10; k++ {
		sum += 0.1
	}
	fmt.Println(sum)
	fmt.Printf("%.2f %6.3f %e %g %v\n", a, b, 123456.789, 1e-7, 1e100)
	f9 := float32(255.9)
	var u uint8 = uint8(f9)
	fmt.Println(u)
}
