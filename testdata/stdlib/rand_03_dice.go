package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2023))
	counts := make([]int, 7)
	for i := 0; i < 60000; i++ {
		counts[1+r.Intn(6)]++
	}
	fmt.Println(counts[1:])
	deck := []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Perm(8))
	sum := 0.0
	for i := 0; i < 1000; i++ {
		sum += r.Float64()
	}
	fmt.Printf("%.6f\n", sum/1000)
}
