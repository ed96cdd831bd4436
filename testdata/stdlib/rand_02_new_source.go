package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{0, 1, 42, -1, 1 << 40} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Intn(100), r.Intn(100), r.Intn(100), r.Int63n(1e12), r.Int31(), r.Float64())
	}
	r := rand.New(rand.NewSource(42))
	fmt.Println(rand.New(rand.NewSource(42)).Intn(100))
	r.Seed(42)
	fmt.Println(r.Intn(100))
}
