package main

import "fmt"

var trace []string

func idx(name string, i int) int { trace = append(trace, "lhs "+name); return i }
func ch(name string, c chan int) chan int { trace = append(trace, "chan "+name); return c }

// Left-hand sides of receive cases are evaluated only for the chosen case,
// after the channel operands of all cases.
func main() {
	a := make(chan int, 1)
	b := make(chan int)
	var arr [3]int
	a <- 7
	select {
	case arr[idx("b", 0)] = <-ch("b", b):
	case arr[idx("a", 2)] = <-ch("a", a):
	}
	fmt.Println(trace, arr)

	defer func() { fmt.Println("recovered:", recover(), "len(a) =", len(a)) }()
	var m map[string]int
	a <- 8
	select {
	case m["k"] = <-a:
	}
}
