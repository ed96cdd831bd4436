package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(99)
	a := []int{rand.Intn(1000), rand.Intn(1000), rand.Intn(1000)}
	rand.Seed(99)
	b := []int{rand.Intn(1000), rand.Intn(1000), rand.Intn(1000)}
	fmt.Println(a, b, rand.Int63(), rand.Uint32(), rand.Int31n(50), rand.Int63n(7))
	fmt.Printf("%.6f %.6f %.6f\n", rand.Float64(), rand.NormFloat64(), rand.ExpFloat64())
	fmt.Println(rand.Perm(5))
}
