/*
 * unicode.c — the C half of package unicode: range-table membership and
 * case mapping, on tables generated from Go 1.19's unicode/tables.go
 * (unicode_tables.h).  Pure computation: binary searches, no allocation.
 */
#include "rt.h"

#include "unicode_tables.h"

#define NTABLES ((go_int)(sizeof tables / sizeof tables[0]))

bool unicode_isIn(go_int t, go_rune r)
{
	if (t < 0 || t >= NTABLES || r < 0)
		return false;
	const uint32_t (*rg)[3] = tables[t].r;
	int lo = 0, hi = tables[t].n;
	uint32_t c = (uint32_t)r;
	while (lo < hi) {
		int m = lo + (hi - lo) / 2;
		if (c < rg[m][0])
			hi = m;
		else if (c > rg[m][1])
			lo = m + 1;
		else
			return rg[m][2] == 1 || (c - rg[m][0]) % rg[m][2] == 0;
	}
	return false;
}

#define UPPERLOWER 0x110000
#define MAXRUNE 0x10FFFF

/* to maps r to case c (0 upper, 1 lower, 2 title) as Go's unicode.to. */
go_rune unicode_toCase(go_int c, go_rune r)
{
	if (c < 0 || c > 2 || r < 0 || r > MAXRUNE)
		return 0xFFFD;
	int lo = 0, hi = (int)(sizeof caseranges / sizeof caseranges[0]);
	while (lo < hi) {
		int m = lo + (hi - lo) / 2;
		const int32_t *cr = caseranges[m];
		if (r < cr[0])
			hi = m;
		else if (r > cr[1])
			lo = m + 1;
		else {
			int32_t delta = cr[2 + c];
			if (delta > MAXRUNE) {
				/* alternating Upper/Lower pairs: even upper, odd lower
				 * relative to the range start */
				return cr[0] + (((r - cr[0]) & ~1) | (go_rune)(c & 1));
			}
			return r + delta;
		}
	}
	return r;
}

/* hasCase reports whether r is in a case range (toCase found an entry). */
go_rune unicode_simpleFold(go_rune r)
{
	if (r < 0 || r > MAXRUNE)
		return r;
	int lo = 0, hi = (int)(sizeof caseorbit / sizeof caseorbit[0]);
	if (r <= 0xFFFF) {
		while (lo < hi) {
			int m = lo + (hi - lo) / 2;
			if (caseorbit[m][0] < r)
				lo = m + 1;
			else
				hi = m;
		}
		if (lo < (int)(sizeof caseorbit / sizeof caseorbit[0]) && caseorbit[lo][0] == r)
			return caseorbit[lo][1];
	}
	go_rune l = unicode_toCase(1, r);
	if (l != r)
		return l;
	return unicode_toCase(0, r);
}
