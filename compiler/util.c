/*
 * util.c — arena allocation, interned strings, vectors and string buffers.
 *
 * The arena is a list of large chunks; allocations are bump-pointer and never
 * freed individually.  Interned strings live in an open-addressing hash table
 * that is also reset with the arena.
 */
#include "minigo.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct Chunk {
	struct Chunk *next;
	size_t used, cap;
	max_align_t data[];
} Chunk;

static Chunk *chunks;

static _Noreturn void out_of_memory(void)
{
	fputs("minigo: out of memory\n", stderr);
	exit(3);
}

void *xalloc(size_t size)
{
	size = (size + 15) & ~(size_t)15;
	if (!chunks || chunks->used + size > chunks->cap) {
		size_t cap = size > (1u << 20) ? size : (1u << 20);
		Chunk *c = malloc(sizeof(Chunk) + cap);
		if (!c)
			out_of_memory();
		c->next = chunks;
		c->used = 0;
		c->cap = cap;
		chunks = c;
	}
	void *p = (char *)chunks->data + chunks->used;
	chunks->used += size;
	memset(p, 0, size);
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = xalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* ---- interning ---- */

/* Each entry keeps its hash and length beside the string, so a probe
 * compares integers before bytes. */
typedef struct IEntry {
	const char *s;
	uint32_t hash;
	uint32_t len;
} IEntry;
static IEntry *itab;
static size_t icap, icount;

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (uint8_t)s[i]) * 1099511628211ull;
	return h;
}

static void intern_grow(void)
{
	size_t ncap = icap ? icap * 2 : 4096;
	IEntry *nt = calloc(ncap, sizeof *nt);
	if (!nt)
		out_of_memory();
	for (size_t i = 0; i < icap; i++) {
		if (!itab[i].s)
			continue;
		size_t j = itab[i].hash & (ncap - 1);
		while (nt[j].s)
			j = (j + 1) & (ncap - 1);
		nt[j] = itab[i];
	}
	free(itab);
	itab = nt;
	icap = ncap;
}

const char *intern(const char *s, size_t len)
{
	if (icount * 2 >= icap)
		intern_grow();
	uint32_t h = (uint32_t)hash_bytes(s, len);
	size_t j = h & (icap - 1);
	while (itab[j].s) {
		if (itab[j].hash == h && itab[j].len == len && memcmp(itab[j].s, s, len) == 0)
			return itab[j].s;
		j = (j + 1) & (icap - 1);
	}
	itab[j].s = xstrndup(s, len);
	itab[j].hash = h;
	itab[j].len = (uint32_t)len;
	icount++;
	return itab[j].s;
}

const char *intern0(const char *s) { return intern(s, strlen(s)); }

void arena_reset(void)
{
	while (chunks) {
		Chunk *c = chunks;
		chunks = c->next;
		free(c);
	}
	free(itab);
	itab = NULL;
	icap = icount = 0;
}

/* ---- vectors and buffers ---- */

void vec_push(Vec *v, void *p)
{
	if (v->n == v->cap) {
		int ncap = v->cap ? v->cap * 2 : 4;
		void **nv = xalloc(sizeof(void *) * (size_t)ncap);
		if (v->n)
			memcpy(nv, v->v, sizeof(void *) * (size_t)v->n);
		v->v = nv;
		v->cap = ncap;
	}
	v->v[v->n++] = p;
}

static void buf_reserve(Buf *b, size_t n)
{
	if (b->len + n + 1 <= b->cap)
		return;
	size_t ncap = b->cap ? b->cap : 256;
	while (ncap < b->len + n + 1)
		ncap *= 2;
	char *s = realloc(b->s, ncap);
	if (!s)
		out_of_memory();
	b->s = s;
	b->cap = ncap;
}

void buf_putn(Buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}

void buf_putc(Buf *b, int c)
{
	char ch = (char)c;
	buf_putn(b, &ch, 1);
}

void buf_puts(Buf *b, const char *s) { buf_putn(b, s, strlen(s)); }

void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	buf_reserve(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void buf_free(Buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *read_file(const char *path, size_t *lenp)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!f)
		return NULL;
	Buf b = {0};
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_putn(&b, tmp, n);
	int err = ferror(f);
	if (f != stdin)
		fclose(f);
	if (err) {
		buf_free(&b);
		errno = EIO;
		return NULL;
	}
	if (!b.s)
		buf_putn(&b, "", 0);
	*lenp = b.len;
	return b.s;
}
