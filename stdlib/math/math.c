/* math.c — the C half of package math: bit views, the operations that
 * are exact in any implementation (sqrt, floor, ceil, trunc, round, fma,
 * nextafter: C's), and a port of Go's amd64 assembly Exp (exp_amd64.s:
 * Shibata's method, FMA path when the CPU has AVX and FMA, as Go picks)
 * so that Exp, and Pow and the hyperbolic functions built on it, agree
 * with `go run` to the last bit.  On aarch64 too (always the FMA path):
 * results agree with Go on amd64, not with Go's exp_arm64.s, which may
 * differ in the last bit.  Everything else is Go code (go_*.go,
 * Go 1.19's portable implementations). */
#include "rt.h"

#include <math.h>
#include <string.h>

uint64_t math_Float64bits(double f) { uint64_t b; memcpy(&b, &f, 8); return b; }
double math_Float64frombits(uint64_t b) { double f; memcpy(&f, &b, 8); return f; }
uint32_t math_Float32bits(float f) { uint32_t b; memcpy(&b, &f, 4); return b; }
float math_Float32frombits(uint32_t b) { float f; memcpy(&f, &b, 4); return f; }

double math_Sqrt(double x) { return sqrt(x); }
double math_Floor(double x) { return floor(x); }
double math_Ceil(double x) { return ceil(x); }
double math_Trunc(double x) { return trunc(x); }
double math_Round(double x) { return round(x); }
double math_RoundToEven(double x) { return nearbyint(x); }
double math_FMA(double x, double y, double z) { return fma(x, y, z); }
double math_nextafter(double x, double y) { return nextafter(x, y); }

#define LN2U 0.69314718055966295651160180568695068359375
#define LN2L 0.28235290563031577122588448175013436025525412068e-12
#define LOG2E 1.4426950408889634073599246810018920
#define OVERFLOW 7.09782712893384e+02

static const double exprodata[9] = {
	0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
	8.3333333333333333333e-3, 1.3888888888888888889e-3, 1.9841269841269841270e-4,
	2.4801587301587301587e-5,
};

static int use_fma = -1;

static double bits2f(uint64_t b) { double f; memcpy(&f, &b, 8); return f; }

double math_archExp(double x)
{
	uint64_t bx;
	memcpy(&bx, &x, 8);
	if ((bx & ~(1ULL << 63)) >= 0x7FF0000000000000ULL) {
		if (bx == 0xFFF0000000000000ULL)
			return 0;
		return x; /* NaN or +Inf */
	}
	if (x > OVERFLOW)
		return bits2f(0x7FF0000000000000ULL);
	double t = LOG2E * x;
	/* CVTSD2SL: round to nearest even; out of range gives INT32_MIN */
	int32_t e;
	double r = nearbyint(t);
	if (!(r >= -2147483648.0 && r <= 2147483647.0))
		e = INT32_MIN;
	else
		e = (int32_t)r;
	double fe = (double)e;
	double x0 = x, x1;
	if (use_fma < 0) {
#if defined(__x86_64__)
		use_fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
#else
		use_fma = 1; /* aarch64 always has fused multiply-add */
#endif
	}
	if (use_fma) {
		x0 = fma(-fe, LN2U, x0);
		x0 = fma(-fe, LN2L, x0);
		x0 *= 0.0625;
		x1 = exprodata[8];
		x1 = fma(x1, x0, exprodata[7]);
		x1 = fma(x1, x0, exprodata[6]);
		x1 = fma(x1, x0, exprodata[5]);
		x1 = fma(x1, x0, exprodata[4]);
		x1 = fma(x1, x0, exprodata[3]);
		x1 = fma(x1, x0, exprodata[0]);
		x1 = fma(x1, x0, exprodata[1]);
		x0 *= x1;
		x1 = x0 + exprodata[2];
		x0 *= x1;
		x1 = x0 + exprodata[2];
		x0 *= x1;
		x1 = x0 + exprodata[2];
		x0 *= x1;
		x1 = x0 + exprodata[2];
		x0 = fma(x0, x1, exprodata[1]);
	} else {
		volatile double p;
		p = LN2U * fe;
		x0 -= p;
		p = LN2L * fe;
		x0 -= p;
		x0 *= 0.0625;
		x1 = exprodata[8] * x0;
		x1 += exprodata[7]; x1 *= x0;
		x1 += exprodata[6]; x1 *= x0;
		x1 += exprodata[5]; x1 *= x0;
		x1 += exprodata[4]; x1 *= x0;
		x1 += exprodata[3]; x1 *= x0;
		x1 += exprodata[0]; x1 *= x0;
		x1 += exprodata[1];
		x0 *= x1;
		x1 = exprodata[2] + x0; x0 *= x1;
		x1 = exprodata[2] + x0; x0 *= x1;
		x1 = exprodata[2] + x0; x0 *= x1;
		x1 = exprodata[2] + x0; x0 *= x1;
		x0 += exprodata[1];
	}
	/* ldexp, as the assembly's: b = e + bias (32-bit) */
	int32_t b = (int32_t)((uint32_t)e + 0x3FF);
	if (b <= 0) {
		if (b < -52)
			return 0;
		x0 *= bits2f((uint64_t)(uint32_t)(b + 0x3FE) << 52);
		b = 1;
	} else if (b >= 0x7FF) {
		return bits2f(0x7FF0000000000000ULL);
	}
	return x0 * bits2f((uint64_t)(uint32_t)b << 52);
}
