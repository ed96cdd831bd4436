package main

import "fmt"

func main() {
	var a float32 = 16777216
	fmt.Println(a+1, a+2)
	var b float32 = 0.1
	var sum float32
	for i := 0; i < 10; i++ {
		sum += b
	}
	fmt.Println(sum, float64(sum))
	var c float32 = 1e38
	fmt.Println(c*10, -c*10)
	fmt.Println(float32(1)/3, float64(float32(1)/3))
	var d float64 = 1e300
	fmt.Println(float32(d), d*d)
	e := float32(2.5)
	fmt.Printf("%v %.3f %T\n", e, e, e)
}
