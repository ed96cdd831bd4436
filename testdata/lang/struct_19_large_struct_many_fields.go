package main

import "fmt"

type Wide struct {
	F0, F1, F2, F3, F4, F5, F6, F7, F8, F9           int
	S0, S1, S2, S3, S4                               string
	B0, B1, B2                                       bool
	A0                                               [16]float64
	M0                                               map[string]int
	P0                                               *Wide
	I0                                               interface{}
	Fn                                               func() int
}

func mk(n int) Wide {
	w := Wide{F0: n, F9: n * 9, S4: fmt.Sprint("s", n), B2: n%2 == 0}
	w.A0[15] = float64(n) / 2
	return w
}

func main() {
	ws := make([]Wide, 0)
	for i := 0; i < 5; i++ {
		ws = append(ws, mk(i))
	}
	ws[4].P0 = &ws[0]
	ws[4].Fn = func() int { return ws[4].F9 }
	total := 0
	for _, w := range ws {
		total += w.F0 + w.F9
	}
	fmt.Println(total, ws[3].S4, ws[2].B2, ws[3].A0[15], ws[4].P0.S4, ws[4].Fn())
	a, b := mk(1), mk(1)
	fmt.Println(a.F9 == b.F9, a.A0 == b.A0)
}
