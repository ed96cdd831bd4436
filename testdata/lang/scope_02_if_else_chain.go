package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "neg"
	} else if n == 0 {
		return "zero"
	} else if r := n % 2; r == 0 {
		return fmt.Sprint("even r=", r)
	} else {
		return fmt.Sprint("odd r=", r)
	}
}

func main() {
	for _, n := range []int{-1, 0, 4, 7} {
		fmt.Println(classify(n))
	}
	if v, ok := map[string]int{"a": 1}["a"]; ok {
		fmt.Println("found", v)
	}
}
