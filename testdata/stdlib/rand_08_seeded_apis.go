package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int63(), r.Uint32(), r.Int31(), r.Int())
	fmt.Println(r.Intn(100), r.Int63n(1000), r.Int31n(10), r.Uint64())
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	buf := make([]byte, 6)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	r.Seed(42)
	fmt.Println(r.Int63())
	r2 := rand.New(rand.NewSource(42))
	fmt.Println(r2.Int63())
	counts := make([]int, 6)
	for i := 0; i < 600; i++ {
		counts[r.Intn(6)]++
	}
	fmt.Println(counts)
}
