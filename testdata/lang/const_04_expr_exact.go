package main

import "fmt"

const (
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint64 = 1<<64 - 1
	MaxInt32  = 1<<31 - 1
	MaxUint32 = 1<<32 - 1
	Pi        = 3.14159265358979323846264338327950288419716939937510582097494459
)

const (
	a = 0.1
	b = 0.2
	c = a + b
)

func main() {
	fmt.Println(c == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3)
	fmt.Println(MaxInt64, MinInt64)
	fmt.Println(uint64(MaxUint64))
	fmt.Println(MaxInt32, MaxUint32)
	fmt.Println(Pi)
	const big = MaxUint64 / 3
	fmt.Println(uint64(big))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
}
