package math

// Which functions have an architecture-specific version: on amd64, Go
// uses assembly for Exp (ported to C in math.c, FMA path included),
// Floor/Ceil/Trunc/Sqrt/Max/Min/Hypot/Log (exact or identical to the Go
// code); everything else is Go's portable code, copied from Go 1.19 so
// that results agree to the last bit with `go run`.
const (
	haveArchAcos      = false
	haveArchAcosh     = false
	haveArchAsin      = false
	haveArchAsinh     = false
	haveArchAtan      = false
	haveArchAtan2     = false
	haveArchAtanh     = false
	haveArchCbrt      = false
	haveArchCos       = false
	haveArchCosh      = false
	haveArchErf       = false
	haveArchErfc      = false
	haveArchExp       = true
	haveArchExp2      = false
	haveArchExpm1     = false
	haveArchFrexp     = false
	haveArchHypot     = false
	haveArchLdexp     = false
	haveArchLog       = false
	haveArchLog10     = false
	haveArchLog1p     = false
	haveArchLog2      = false
	haveArchMod       = false
	haveArchModf      = false
	haveArchPow       = false
	haveArchRemainder = false
	haveArchSin       = false
	haveArchSinh      = false
	haveArchTan       = false
	haveArchTanh      = false
)

func archExp(x float64) float64

func archAcos(x float64) float64          { panic("not implemented") }
func archAcosh(x float64) float64         { panic("not implemented") }
func archAsin(x float64) float64          { panic("not implemented") }
func archAsinh(x float64) float64         { panic("not implemented") }
func archAtan(x float64) float64          { panic("not implemented") }
func archAtan2(y, x float64) float64      { panic("not implemented") }
func archAtanh(x float64) float64         { panic("not implemented") }
func archCbrt(x float64) float64          { panic("not implemented") }
func archCos(x float64) float64           { panic("not implemented") }
func archCosh(x float64) float64          { panic("not implemented") }
func archErf(x float64) float64           { panic("not implemented") }
func archErfc(x float64) float64          { panic("not implemented") }
func archExp2(x float64) float64          { panic("not implemented") }
func archExpm1(x float64) float64         { panic("not implemented") }
func archFrexp(x float64) (float64, int)  { panic("not implemented") }
func archHypot(p, q float64) float64      { panic("not implemented") }
func archLdexp(frac float64, exp int) float64 { panic("not implemented") }
func archLog(x float64) float64           { panic("not implemented") }
func archLog10(x float64) float64         { panic("not implemented") }
func archLog1p(x float64) float64         { panic("not implemented") }
func archLog2(x float64) float64          { panic("not implemented") }
func archMod(x, y float64) float64        { panic("not implemented") }
func archModf(x float64) (float64, float64) { panic("not implemented") }
func archPow(x, y float64) float64        { panic("not implemented") }
func archRemainder(x, y float64) float64  { panic("not implemented") }
func archSin(x float64) float64           { panic("not implemented") }
func archSinh(x float64) float64          { panic("not implemented") }
func archTan(x float64) float64           { panic("not implemented") }
func archTanh(x float64) float64          { panic("not implemented") }

// math/bits helpers for trig_reduce.
func mul64(x, y uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	x0 := x & mask32
	x1 := x >> 32
	y0 := y & mask32
	y1 := y >> 32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}

func add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	carryOut = ((x & y) | ((x | y) &^ sum)) >> 63
	return
}

func leadingZeros64(x uint64) int {
	n := 0
	if x == 0 {
		return 64
	}
	for x&(1<<63) == 0 {
		x <<= 1
		n++
	}
	return n
}
