package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(7))
	h := [6]uint64{}
	bad := 0
	for i := 0; i < 30000; i++ {
		f := math.Float64frombits(r.Uint64())
		if math.IsNaN(f) {
			continue
		}
		ss := []string{
			strconv.FormatFloat(f, 'g', -1, 64),
			strconv.FormatFloat(f, 'e', 5, 64),
			strconv.FormatFloat(f/1e300*1e10, 'f', 3, 64),
			strconv.FormatFloat(float64(float32(f)), 'g', -1, 32),
			strconv.FormatFloat(f, 'G', 17, 64),
			strconv.FormatFloat(f, 'x', -1, 64),
		}
		for k, s := range ss {
			for j := 0; j < len(s); j++ {
				h[k] = h[k]*131 + uint64(s[j])
			}
		}
		g, err := strconv.ParseFloat(ss[0], 64)
		if err != nil || g != f {
			bad++
		}
	}
	fmt.Println(h, bad)
	x := 0.0
	for i := 0; i < 2000; i++ {
		x += 0.1
		s := strconv.FormatFloat(x, 'g', -1, 64)
		v, _ := strconv.ParseFloat(s, 32)
		h[0] = h[0]*31 + math.Float64bits(v)
	}
	fmt.Println(h[0])
}
