package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	// Random short strings over the characters of Go's number syntax:
	// ParseFloat, ParseInt (base 0 and 10), ParseUint, Atoi and ParseBool
	// must accept and reject exactly what Go does.
	r := rand.New(rand.NewSource(8))
	alpha := "0123456789.eEpPxXoObB+-_infatyINFA "
	var h [6]uint64
	errs := map[string]int{}
	for it := 0; it < 60000; it++ {
		n := 1 + r.Intn(7)
		b := make([]byte, n)
		for i := range b {
			b[i] = alpha[r.Intn(len(alpha))]
		}
		s := string(b)
		f, err := strconv.ParseFloat(s, 64)
		if err == nil {
			h[0] = h[0]*31 + uint64(len(strconv.FormatFloat(f, 'g', -1, 64)))
			h[1] = h[1]*1000003 + math.Float64bits(f)
		} else {
			errs[err.(*strconv.NumError).Err.Error()]++
			h[0] = h[0]*31 + 7
		}
		i1, err1 := strconv.ParseInt(s, 0, 64)
		i2, err2 := strconv.ParseInt(s, 10, 16)
		u, err3 := strconv.ParseUint(s, 0, 32)
		a, err4 := strconv.Atoi(s)
		h[2] = h[2]*31 + uint64(i1) + uint64(i2)*3 + u*5 + uint64(a)*7
		k := 0
		for j, e := range []error{err1, err2, err3, err4} {
			if e != nil {
				k |= 1 << j
				errs[e.Error()[:14]]++
			}
		}
		h[3] = h[3]*31 + uint64(k)
		g, err5 := strconv.ParseFloat(s, 32)
		if err5 == nil {
			h[4] = h[4]*31 + math.Float64bits(g)
		}
		bv, err6 := strconv.ParseBool(s)
		if err6 == nil && bv {
			h[5]++
		}
	}
	fmt.Println(h)
	fmt.Println(errs)
}
