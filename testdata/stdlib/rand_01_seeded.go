package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Int63(), r.Int(), r.Float64(), r.Int31n(10), r.Uint32(), r.Uint64(), r.Float32())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Int63n(1<<40), rand.Float64())
	r2 := rand.New(rand.NewSource(-5))
	fmt.Println(r2.Int63n(1000000007), r2.Intn(1<<62))
	buf := make([]byte, 5)
	r2.Read(buf)
	fmt.Println(buf)
	z := rand.NewZipf(rand.New(rand.NewSource(1)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
}
