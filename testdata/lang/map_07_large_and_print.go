package main

import "fmt"

func main() {
	m := make(map[int]int, 10)
	for i := 0; i < 100000; i++ {
		m[i%5000] += i
	}
	fmt.Println(len(m), m[0], m[4999])
	for i := 0; i < 5000; i += 2 {
		delete(m, i)
	}
	fmt.Println(len(m))
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	p := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Println(p)
	fmt.Printf("%v %d\n", map[int]string{3: "c", 1: "a", 2: "b"}, len(p))
}
