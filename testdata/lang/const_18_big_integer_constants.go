package main

import "fmt"

// Untyped integer constants are exact far beyond 64 (and 128) bits: Go
// requires at least 256, gc keeps 512.

const (
	h   = 1 << 300
	m   = -h
	k   = ^h
	big = 0xFFFFFFFF_FFFFFFFF_FFFFFFFF_FFFFFFFF_FFFFFFFF_FFFFFFFF
	z   = 1 << 511 // the largest power of two within 512 bits
)

func main() {
	// arithmetic, division and remainder (truncated), shifts (arithmetic)
	fmt.Println(h>>290, m>>290, k>>290, (h+1)%7, (-h-5)%1000, h/3%1000, -h/3%1000, big>>150, big&0xff, m&0xfff0)
	// bitwise operators on negative numbers (two's complement semantics)
	fmt.Println((m|5)>>280, (h^m)>>290, (^m)>>250, (m&^k)>>280)
	// conversions to floating point and comparisons
	fmt.Println(float64(h), float32(h>>200) > 1e30, h > m, k < m, h == 1<<300)
	const f = 1e150
	fmt.Println(f/h > 0, int64(f/1e140))
	var y float64 = h
	fmt.Println(y, big/big, -big/big, 1e100 > h, 0x1p300 == h, 1e90 == h)
	fmt.Println(z>>509, (z-1+z)>>510)
	// an integral float constant used as a shift operand is an integer
	const p = 0x1p200
	fmt.Println(p>>190, p/7 > 1, p)
	const q = 2.0
	fmt.Println(q<<3, q)
	switch h >> 299 {
	case 2:
		fmt.Println("switch")
	}
	// around the 128-bit boundary
	fmt.Println(-(1<<127)>>100, ((1<<127)-1+(1<<127))>>100, (-(1<<127)-(1<<127))>>100, (1<<128)/(1<<64)>>2)
	const u64 = 1<<64 - 1
	fmt.Println(uint64(u64), uint64(u64*u64>>64), u64*u64%1000)
	// literals of more than 128 bits
	fmt.Println(0b1_0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 >> 130)
	fmt.Println(0o7777777777777777777777777777777777777777777777777777777777%1000, 123456789012345678901234567890123456789012345678901234567890%999999937)
}
