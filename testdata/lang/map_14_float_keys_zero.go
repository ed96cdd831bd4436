package main

import "fmt"

func main() {
	var zero float64
	negz := -zero
	m := map[float64]string{}
	m[0.0] = "pos"
	m[negz] = "neg"
	fmt.Println(len(m), m[0])
	nan := zero / zero
	m[nan] = "n1"
	m[nan] = "n2"
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	im := map[interface{}]int{}
	im[0.0] = 1
	im[negz] = 2
	im[0] = 3
	fmt.Println(len(im), im[0.0])
	delete(m, nan)
	fmt.Println(len(m))
	cnt := 0
	for k, v := range m {
		if k != k {
			cnt++
			_ = v
		}
	}
	fmt.Println(cnt)
}
