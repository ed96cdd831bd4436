package main

import "fmt"

var log []string

func f(s string, v int) int {
	log = append(log, s)
	return v
}

func pair() (int, int) { log = append(log, "pair"); return 1, 2 }

func add(a, b, c int) int { return a + b + c }

func main() {
	r := add(f("a", 1), f("b", 2), f("c", 3))
	fmt.Println(r, log)
	log = nil
	arr := []int{0, 0, 0, 0}
	arr[f("idx", 1)] = f("val", 5)
	fmt.Println(arr, log)
	log = nil
	m := map[int]int{}
	m[f("k", 1)] += f("v", 2)
	fmt.Println(m, log)
	log = nil
	s := f("x", 1) + f("y", 2)*f("z", 3)
	fmt.Println(s, log)
	log = nil
	ok := f("l", 0) == 1 && f("r", 1) == 1
	fmt.Println(ok, log)
	log = nil
	arr[f("i2", 2)] += 10
	fmt.Println(arr, log)
	log = nil
	fmt.Println(f("p1", 1), f("p2", 2))
	fmt.Println(log)
}
