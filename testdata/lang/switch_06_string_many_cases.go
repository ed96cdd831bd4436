package main

import "fmt"

func code(s string) int {
	switch s {
	case "alpha":
		return 1
	case "beta", "gamma":
		return 2
	case "delta":
		return 3
	case "":
		return 0
	case "epsilon", "zeta", "eta", "theta":
		return 4
	case "a\x00b":
		return 5
	}
	return -1
}

func main() {
	for _, s := range []string{"alpha", "gamma", "", "theta", "iota", "a\x00b", "a"} {
		fmt.Print(code(s), " ")
	}
	fmt.Println()
	switch x := interface{}(nil); x {
	case nil:
		fmt.Println("nil case in expression switch")
	}
	var p *int
	switch p {
	case nil:
		fmt.Println("nil pointer")
	}
}
