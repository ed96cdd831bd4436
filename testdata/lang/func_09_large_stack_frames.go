package main

import "fmt"

func big(n int) int {
	var buf [8192]int
	for i := range buf {
		buf[i] = i + n
	}
	if n == 0 {
		return buf[8191]
	}
	return big(n-1) + buf[0] - n
}

func main() {
	fmt.Println(big(200))
	var local [100000]int64
	local[99999] = 5
	fmt.Println(local[99999], len(local))
}
