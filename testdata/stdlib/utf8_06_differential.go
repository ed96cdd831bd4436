package main

import (
	"fmt"
	"math/rand"
	"unicode/utf8"
)

func main() {
	// Random byte strings biased towards UTF-8 lead and continuation bytes.
	r := rand.New(rand.NewSource(11))
	pool := []byte{0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff}
	var h [8]uint64
	for it := 0; it < 50000; it++ {
		n := r.Intn(6)
		b := make([]byte, n)
		for i := range b {
			b[i] = pool[r.Intn(len(pool))]
		}
		s := string(b)
		r1, s1 := utf8.DecodeRune(b)
		r2, s2 := utf8.DecodeRuneInString(s)
		r3, s3 := utf8.DecodeLastRune(b)
		r4, s4 := utf8.DecodeLastRuneInString(s)
		h[0] = h[0]*31 + uint64(r1)*7 + uint64(s1)
		h[1] = h[1]*31 + uint64(r2)*7 + uint64(s2)
		h[2] = h[2]*31 + uint64(r3)*7 + uint64(s3)
		h[3] = h[3]*31 + uint64(r4)*7 + uint64(s4)
		v := 0
		if utf8.FullRune(b) {
			v |= 1
		}
		if utf8.FullRuneInString(s) {
			v |= 2
		}
		if utf8.Valid(b) {
			v |= 4
		}
		if utf8.ValidString(s) {
			v |= 8
		}
		h[4] = h[4]*31 + uint64(v)
		h[5] = h[5]*31 + uint64(utf8.RuneCount(b)*10+utf8.RuneCountInString(s))
		for _, c := range s {
			h[6] = h[6]*31 + uint64(c)
		}
		h[7] = h[7]*31 + uint64(len([]rune(s)))
	}
	fmt.Println(h)
}
