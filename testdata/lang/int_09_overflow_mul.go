package main

import "fmt"

func fact(n int64) int64 {
	r := int64(1)
	for i := int64(2); i <= n; i++ {
		r *= i
	}
	return r
}

func hash(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	for _, n := range []int64{20, 21, 25} {
		fmt.Println(n, fact(n))
	}
	fmt.Println(hash("hello"), hash("world"))
	var x int32 = 1 << 30
	fmt.Println(x*4, x*3)
}
