package main

import "fmt"

func isNaN(f float64) bool { return f != f }

func main() {
	var zero float64
	inf := 1 / zero
	nan := zero / zero
	fmt.Println(inf, -inf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, inf > 1e308)
	fmt.Println(isNaN(nan), inf == inf+1, -inf < -1e308)
	fmt.Println(1.7976931348623157e308, 4.9406564584124654e-324)
	var f32 float32 = 3.40282346638528859811704183484516925440e+38
	fmt.Println(f32, f32*2)
	fmt.Println(int64(1e18), int(1e3))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[0.5] = 3
	fmt.Println(len(m), m[0.5])
	x := -1.5
	fmt.Println(int(x), x/0.5)
}
