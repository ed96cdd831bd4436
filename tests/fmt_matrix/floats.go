// strconv.FormatFloat on 2000 pseudo-random float64/float32 values and
// formats; floats.txt is its output under Go 1.19 (read by test_rt_fmt.c:
// bits, bitsize, format, precision, result).
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(1))
	fmts := []struct {
		f byte
		p int
	}{{'g', -1}, {'e', -1}, {'f', -1}, {'e', 3}, {'f', 2}, {'g', 5}, {'e', 17}, {'f', 0}, {'g', 1}, {'x', -1}, {'x', 3}, {'b', -1}}
	for i := 0; i < 2000; i++ {
		var v float64
		switch i % 4 {
		case 0:
			v = math.Float64frombits(r.Uint64())
		case 1:
			v = float64(r.Intn(1000000)) / float64(r.Intn(1000)+1)
		case 2:
			v = r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20))
		case 3:
			v = float64(math.Float32frombits(r.Uint32()))
		}
		bits := 64
		if i%4 == 3 {
			bits = 32
		}
		f := fmts[i%len(fmts)]
		fmt.Printf("%016x %d %c %d %s\n", math.Float64bits(v), bits, f.f, f.p, strconv.FormatFloat(v, f.f, f.p, bits))
	}
}
