/*
 * map.c — Go maps.
 *
 * Layout: an entry table in insertion order (hash, state, key, value in
 * parallel arrays) plus an open-addressing index of entry numbers, as in
 * CPython's dict.  Deleting an entry marks it dead (its key and value are
 * zeroed so the collector lets go of what they point to); the index keeps
 * pointing at it, a tombstone.  Entry slots are never reused: when the
 * table is full, a new one is built with the live entries only (the
 * "rebuild"), and the index with it.  The index is twice the table size,
 * so probes stay short.
 *
 * Go semantics kept:
 *   - any comparable key, through the key type's hashfn and equal, with a
 *     random seed per map;
 *   - NaN keys: hashfn gives a random hash and NaN != NaN, so each insert
 *     adds an entry that lookups never find (range and len see them);
 *   - an interface key holding an unhashable type panics ("hash of
 *     unhashable type []int"), even on a nil or empty map, as Go does;
 *   - reading a nil map gives the zero value, assigning panics with
 *     "assignment to entry in nil map", delete on nil is a no-op;
 *   - iteration starts at a random entry and walks the table with a random
 *     odd stride (a permutation of the slots), so the order changes from
 *     one range to the next, as Go's does;
 *   - delete during range: a deleted entry not yet reached is not
 *     produced; insert during range: the new entry may or may not be.
 *     An iterator walks the table it started on.  If the map was rebuilt
 *     meanwhile, every key it reaches is looked up in the current table:
 *     produced (with its current value) only if still there.  rt_mapclear
 *     bumps a generation so that an iterator stops producing (NaN keys
 *     could not be looked up).
 *
 * No locking: like Go's maps, concurrent writes are the program's bug (Go
 * detects some of them; we do not).  Everything here runs on the
 * goroutine's segment with small frames, allocating through rt_alloc.
 */
#include "data.h"

enum { EMPTY = 0, LIVE = 1, DEAD = 2 };

typedef struct entries {
	go_int cap;         /* slots, a power of two */
	go_int used;        /* slots taken, live or dead */
	uintptr_t *hashes;
	uint8_t *state;
	uint8_t *keys;      /* cap * keysize */
	uint8_t *vals;      /* cap * valsize */
	uint32_t *index;    /* 2 * cap: entry number + 1, 0 = free */
} entries;

struct rt_map {
	entries *e;
	go_int count;       /* live entries */
	uintptr_t seed;
	uint64_t clearseq;  /* bumped by rt_mapclear */
};

/* ---------------------------------------------------------------------
 * Randomness: seeds and iteration starts.  Not cryptographic; an atomic
 * counter run through splitmix64, started from the clock and an address.
 * --------------------------------------------------------------------- */

static uint64_t rand_state;

/* A cheap varying counter: the TSC, or aarch64's virtual counter. */
static inline uint64_t cyclecount(void)
{
#if defined(__x86_64__)
	return __builtin_ia32_rdtsc();
#elif defined(__aarch64__)
	uint64_t v;
	__asm__ volatile("mrs %0, cntvct_el0" : "=r"(v));
	return v;
#else
	return 0;
#endif
}

static uint64_t fastrand64(void)
{
	uint64_t s = __atomic_add_fetch(&rand_state, 0x9e3779b97f4a7c15ULL, __ATOMIC_RELAXED);
	if (s == 0x9e3779b97f4a7c15ULL) { /* first use: mix in the clock and ASLR */
		s ^= cyclecount();
		s ^= (uint64_t)(uintptr_t)&rand_state;
		__atomic_store_n(&rand_state, s, __ATOMIC_RELAXED);
	}
	s ^= (uint64_t)(uintptr_t)__builtin_frame_address(0) << 17;
	s += cyclecount();
	s = (s ^ (s >> 30)) * 0xbf58476d1ce4e5b9ULL;
	s = (s ^ (s >> 27)) * 0x94d049bb133111ebULL;
	return s ^ (s >> 31);
}

/* ---------------------------------------------------------------------
 * Tables.
 * --------------------------------------------------------------------- */

static uint64_t zerobase; /* zero-size keys and values (struct{}) */

static void *alloc_for(const rt_type *t, size_t n)
{
	if (n == 0)
		return &zerobase;
	return (t->flags & RT_NOPTRS) ? rt_alloc_noscan(n) : rt_alloc(n);
}

static entries *new_entries(const rt_type *mt, go_int cap)
{
	entries *e = rt_alloc(sizeof *e);
	e->cap = cap;
	e->hashes = rt_alloc_noscan((size_t)cap * sizeof(uintptr_t));
	e->state = rt_alloc_noscan((size_t)cap);
	e->keys = alloc_for(mt->key, (size_t)cap * mt->key->size);
	e->vals = alloc_for(mt->elem, (size_t)cap * mt->elem->size);
	e->index = rt_alloc_noscan((size_t)cap * 2 * sizeof(uint32_t));
	return e;
}

static inline void *keyat(const rt_type *mt, entries *e, go_int i)
{
	return e->keys + (size_t)i * mt->key->size;
}

static inline void *valat(const rt_type *mt, entries *e, go_int i)
{
	return e->vals + (size_t)i * mt->elem->size;
}

static inline uintptr_t hashkey(const rt_type *mt, const rt_map *m, const void *key, uintptr_t seed)
{
	const rt_type *kt = mt->key;
	if (kt->hashfn == NULL) {
		go_string parts[2] = {GO_STR("hash of unhashable type "), rt_gostring(kt->string)};
		rt_panic_errorstring(rt_concatn(parts, 2));
	}
	(void)m;
	return kt->hashfn(key, seed);
}

/* Interface keys may hold unhashable values: Go hashes them even when the
 * map is nil or empty, so that the panic does not depend on the map. */
static inline void hashcheck(const rt_type *mt, const void *key)
{
	if (mt->key->kind == RT_INTERFACE)
		hashkey(mt, NULL, key, 0);
}

static void index_put(entries *e, uintptr_t h, go_int i)
{
	size_t mask = (size_t)e->cap * 2 - 1;
	for (size_t j = h & mask;; j = (j + 1) & mask)
		if (e->index[j] == 0) {
			e->index[j] = (uint32_t)i + 1;
			return;
		}
}

/* The live entry holding key, or -1. */
static go_int find(const rt_type *mt, rt_map *m, const void *key, uintptr_t h)
{
	entries *e = m->e;
	size_t mask = (size_t)e->cap * 2 - 1;
	bool (*eq)(const void *, const void *) = mt->key->equal;
	for (size_t j = h & mask;; j = (j + 1) & mask) {
		uint32_t x = e->index[j];
		if (x == 0)
			return -1;
		go_int i = (go_int)x - 1;
		if (e->hashes[i] == h && e->state[i] == LIVE && eq(keyat(mt, e, i), key))
			return i;
	}
}

static go_int capfor(go_int n)
{
	go_int cap = 8;
	while (cap < n)
		cap *= 2;
	return cap;
}

static void rebuild(const rt_type *mt, rt_map *m)
{
	entries *o = m->e;
	entries *n = new_entries(mt, capfor(m->count * 2 + 1));
	size_t ks = mt->key->size, vs = mt->elem->size;
	go_int k = 0;
	for (go_int i = 0; i < o->used; i++) {
		if (o->state[i] != LIVE)
			continue;
		n->hashes[k] = o->hashes[i];
		n->state[k] = LIVE;
		memcpy(n->keys + (size_t)k * ks, o->keys + (size_t)i * ks, ks);
		memcpy(n->vals + (size_t)k * vs, o->vals + (size_t)i * vs, vs);
		index_put(n, n->hashes[k], k);
		k++;
	}
	n->used = k;
	m->e = n;
}

/* ---------------------------------------------------------------------
 * The API (rt.h).
 * --------------------------------------------------------------------- */

rt_map *rt_makemap(const rt_type *mt, go_int hint)
{
	if (hint < 0) /* Go 1.19 ignores a bad hint: make(map[K]V, -1) works */
		hint = 0;
	/* Preallocate for the hint, within reason: growth does the rest (Go
	 * would allocate all of it, or fail). */
	if (hint > (go_int)1 << 22)
		hint = (go_int)1 << 22;
	rt_map *m = rt_alloc(sizeof *m);
	m->seed = (uintptr_t)fastrand64();
	m->e = new_entries(mt, capfor(hint));
	return m;
}

static uint8_t zeroval[1024];

static void *zero_of(const rt_type *mt)
{
	if (mt->elem->size <= sizeof zeroval)
		return zeroval;
	return rt_alloc_noscan(mt->elem->size);
}

void *rt_mapaccess2(const rt_type *mt, rt_map *m, const void *key, bool *ok)
{
	if (m == NULL || m->count == 0) {
		hashcheck(mt, key);
		if (ok)
			*ok = false;
		return zero_of(mt);
	}
	go_int i = find(mt, m, key, hashkey(mt, m, key, m->seed));
	if (ok)
		*ok = i >= 0;
	return i >= 0 ? valat(mt, m->e, i) : zero_of(mt);
}

void *rt_mapaccess1(const rt_type *mt, rt_map *m, const void *key)
{
	return rt_mapaccess2(mt, m, key, NULL);
}

void *rt_mapassign(const rt_type *mt, rt_map *m, const void *key)
{
	if (m == NULL) {
		hashcheck(mt, key);
		rt_panic_nilmap();
	}
	uintptr_t h = hashkey(mt, m, key, m->seed);
	go_int i = find(mt, m, key, h);
	if (i >= 0) {
		/* Go stores the key again (+0 replaced by -0, for one). */
		memcpy(keyat(mt, m->e, i), key, mt->key->size);
		return valat(mt, m->e, i);
	}
	if (m->e->used == m->e->cap)
		rebuild(mt, m);
	entries *e = m->e;
	i = e->used++;
	e->hashes[i] = h;
	e->state[i] = LIVE;
	memcpy(keyat(mt, e, i), key, mt->key->size);
	index_put(e, h, i);
	m->count++;
	return valat(mt, e, i);
}

void rt_mapdelete(const rt_type *mt, rt_map *m, const void *key)
{
	if (m == NULL || m->count == 0) {
		hashcheck(mt, key);
		return;
	}
	go_int i = find(mt, m, key, hashkey(mt, m, key, m->seed));
	if (i < 0)
		return;
	entries *e = m->e;
	e->state[i] = DEAD;
	memset(keyat(mt, e, i), 0, mt->key->size);
	memset(valat(mt, e, i), 0, mt->elem->size);
	m->count--;
}

void rt_mapclear(const rt_type *mt, rt_map *m)
{
	if (m == NULL)
		return;
	m->e = new_entries(mt, 8);
	m->count = 0;
	m->clearseq++;
	m->seed = (uintptr_t)fastrand64();
}

go_int rt_maplen(rt_map *m)
{
	return m ? m->count : 0;
}

/* ---------------------------------------------------------------------
 * Iteration.  priv: the map, its type, the table being walked, the first
 * slot, the stride, the number of steps taken, the clear generation.
 * --------------------------------------------------------------------- */

enum { IT_MAP, IT_TYPE, IT_TABLE, IT_START, IT_STRIDE, IT_STEP, IT_CLEARSEQ };

void rt_mapiterinit(const rt_type *mt, rt_map *m, rt_mapiter *it)
{
	memset(it, 0, sizeof *it);
	if (m == NULL || m->count == 0)
		return;
	uint64_t r = fastrand64();
	it->priv[IT_MAP] = (uintptr_t)m;
	it->priv[IT_TYPE] = (uintptr_t)mt;
	it->priv[IT_TABLE] = (uintptr_t)m->e;
	it->priv[IT_START] = (uintptr_t)(r & (uint64_t)(m->e->cap - 1));
	it->priv[IT_STRIDE] = (uintptr_t)((r >> 32) | 1);
	it->priv[IT_STEP] = 0;
	it->priv[IT_CLEARSEQ] = (uintptr_t)m->clearseq;
	rt_mapiternext(it);
}

void rt_mapiternext(rt_mapiter *it)
{
	rt_map *m = (rt_map *)it->priv[IT_MAP];
	const rt_type *mt = (const rt_type *)it->priv[IT_TYPE];
	entries *e = (entries *)it->priv[IT_TABLE];
	it->key = it->val = NULL;
	if (m == NULL || it->priv[IT_CLEARSEQ] != (uintptr_t)m->clearseq)
		return;
	go_int cap = e->cap;
	while ((go_int)it->priv[IT_STEP] < cap) {
		go_int i = (go_int)((it->priv[IT_START] + it->priv[IT_STEP] * it->priv[IT_STRIDE]) &
		                    (uintptr_t)(cap - 1));
		it->priv[IT_STEP]++;
		if (i >= e->used || e->state[i] != LIVE)
			continue;
		void *k = keyat(mt, e, i);
		if (e == m->e) {
			it->key = k;
			it->val = valat(mt, e, i);
			return;
		}
		/* The map was rebuilt since: produce the key only if it is still
		 * there, with its current value.  A NaN key cannot be looked up
		 * and cannot be deleted either: produce it as it is. */
		if (!mt->key->equal(k, k)) {
			it->key = k;
			it->val = valat(mt, e, i);
			return;
		}
		go_int j = find(mt, m, k, e->hashes[i]);
		if (j >= 0) {
			it->key = keyat(mt, m->e, j);
			it->val = valat(mt, m->e, j);
			return;
		}
	}
}
