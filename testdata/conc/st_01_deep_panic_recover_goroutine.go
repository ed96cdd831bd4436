package main

import (
	"fmt"
	"strings"
)

func down(n int) int {
	if n == 0 {
		panic(fmt.Sprintf("bottom reached"))
	}
	var buf [16]byte
	buf[n%16] = byte(n)
	return down(n-1) + int(buf[n%16])
}

func run(depth int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered: ", r)
		}
	}()
	down(depth)
	return "no panic"
}

// Panics deep in a grown goroutine stack unwind to a recover at the top.
func main() {
	out := make(chan string)
	for _, d := range []int{10, 1000, 100000} {
		go func(d int) { out <- fmt.Sprint(d, " ", run(d)) }(d)
	}
	var lines []string
	for i := 0; i < 3; i++ {
		lines = append(lines, <-out)
	}
	fmt.Println(len(lines), strings.Count(strings.Join(lines, "\n"), "recovered: bottom reached"))
}
