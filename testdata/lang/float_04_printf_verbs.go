package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1e10, 1.5e-10, 123.456}
	for _, v := range vals {
		fmt.Printf("%v|%g|%f|%.3e|%8.2f|%-8.1f|%+.1f\n", v, v, v, v, v, v, v)
	}
	fmt.Println(fmt.Sprint(1.5, 2.5), fmt.Sprintf("%5.1f%%", 99.5))
}
