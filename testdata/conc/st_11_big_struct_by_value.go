package main

import "fmt"

type Block struct {
	id   int
	data [128]int64
}

func sum(b Block) int64 {
	var s int64
	for _, v := range b.data {
		s += v
	}
	return s + int64(b.id)
}

func fill(i int) Block {
	var b Block
	b.id = i
	for j := range b.data {
		b.data[j] = int64(j)
	}
	return b
}

func rec(n int) int64 {
	if n == 0 {
		return 0
	}
	b := fill(n)
	return rec(n-1) + sum(b)
}

// 1 KiB structs passed and returned by value in goroutines, across stack growth.
func main() {
	out := make(chan int64)
	for g := 0; g < 4; g++ {
		go func(g int) { out <- rec(500 + g) }(g)
	}
	var t int64
	for g := 0; g < 4; g++ {
		t += <-out
	}
	fmt.Println(t)
}
