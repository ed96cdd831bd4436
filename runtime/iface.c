/*
 * iface.c — interface values: itabs, boxing, comparison, type assertions.
 *
 * An itab pairs an interface type with a concrete type and lists the
 * concrete methods in the order of the interface's (sorted) methods.  They
 * are built on first use and kept in one global cache, an open-addressing
 * hash table keyed by the (inter, type) pointer pair.  Failures are cached
 * too, as an itab whose fun[0] is NULL (the interface has at least one
 * method, else every type satisfies it).
 *
 * The cache is lock-free: readers load the table pointer and probe;
 * writers build the itab first (allocating, outside any lock), then CAS it
 * into an empty slot; a writer that finds the table three-quarters full
 * builds a twice-larger copy and CASes the table pointer.  An entry added
 * to the old table during a copy may be lost: this is only a cache, the
 * itab is rebuilt on the next miss, and two itabs for one pair are
 * equivalent (nothing compares itab pointers: equality and type switches
 * compare itab->type).  No lock is ever held across rt_alloc, so a
 * goroutine never spins on another that the collector has stopped.
 */
#include "data.h"

typedef struct itab_table {
	size_t mask;            /* size - 1, size a power of two */
	size_t count;           /* entries (atomic, approximate) */
	const rt_itab *slot[];  /* NULL: empty */
} itab_table;

static itab_table *itabs; /* atomic; GC memory reachable from this root */

static size_t itab_hash(const rt_type *inter, const rt_type *type)
{
	uint64_t h = (uint64_t)(uintptr_t)inter * 0x9e3779b97f4a7c15ULL ^ (uint64_t)(uintptr_t)type;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	return (size_t)(h ^ (h >> 32));
}

static const rt_itab *itab_find(const itab_table *t, const rt_type *inter, const rt_type *type)
{
	if (t == NULL)
		return NULL;
	for (size_t i = itab_hash(inter, type) & t->mask;; i = (i + 1) & t->mask) {
		const rt_itab *m = __atomic_load_n(&t->slot[i], __ATOMIC_ACQUIRE);
		if (m == NULL)
			return NULL;
		if (m->inter == inter && m->type == type)
			return m;
	}
}

/* Inserts m (not present) into t; false if t is too full. */
static bool itab_insert(itab_table *t, const rt_itab *m)
{
	if ((__atomic_load_n(&t->count, __ATOMIC_RELAXED) + 1) * 4 > (t->mask + 1) * 3)
		return false;
	for (size_t i = itab_hash(m->inter, m->type) & t->mask;; i = (i + 1) & t->mask) {
		const rt_itab *cur = NULL;
		if (__atomic_compare_exchange_n(&t->slot[i], &cur, m, false, __ATOMIC_RELEASE, __ATOMIC_ACQUIRE)) {
			__atomic_add_fetch(&t->count, 1, __ATOMIC_RELAXED);
			return true;
		}
		if (cur->inter == m->inter && cur->type == m->type)
			return true; /* someone else was faster */
	}
}

static void itab_add(const rt_itab *m)
{
	for (;;) {
		itab_table *t = __atomic_load_n(&itabs, __ATOMIC_ACQUIRE);
		if (t != NULL && itab_insert(t, m))
			return;
		size_t size = t ? (t->mask + 1) * 2 : 64;
		itab_table *n = rt_alloc(sizeof(itab_table) + size * sizeof(rt_itab *));
		n->mask = size - 1;
		if (t != NULL)
			for (size_t i = 0; i <= t->mask; i++) {
				const rt_itab *e = __atomic_load_n(&t->slot[i], __ATOMIC_ACQUIRE);
				if (e != NULL)
					itab_insert(n, e);
			}
		__atomic_compare_exchange_n(&itabs, &t, n, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
	}
}

/* Builds the itab; on failure returns one with fun[0] == NULL and sets
 * *missing to the first method (in the interface's order) type lacks. */
static rt_itab *itab_build(const rt_type *inter, const rt_type *type, const char **missing)
{
	intptr_t n = inter->nimethods;
	rt_itab *m = rt_alloc(sizeof(rt_itab) + (size_t)(n > 0 ? n : 1) * sizeof(void *));
	m->inter = inter;
	m->type = type;
	intptr_t j = 0;
	for (intptr_t i = 0; i < n; i++) {
		const rt_imethod *im = &inter->imethods[i];
		while (j < type->nmethods && strcmp(type->methods[j].name, im->name) < 0)
			j++;
		if (j < type->nmethods && strcmp(type->methods[j].name, im->name) == 0 &&
		    rt_sametype(type->methods[j].mtyp, im->mtyp)) {
			m->fun[i] = type->methods[j].ifn;
			continue;
		}
		/* Sorted order failed (a generator that did not sort?): search. */
		const rt_method *x = rt_findmethod(type, im->name, im->mtyp);
		if (x != NULL) {
			m->fun[i] = x->ifn;
			continue;
		}
		*missing = im->name;
		m->fun[0] = NULL;
		return m;
	}
	*missing = NULL;
	return m;
}

const rt_itab *rt_getitab(const rt_type *inter, const rt_type *type, bool canfail)
{
	const rt_itab *m = itab_find(__atomic_load_n(&itabs, __ATOMIC_ACQUIRE), inter, type);
	if (m == NULL) {
		const char *missing;
		m = itab_build(inter, type, &missing);
		itab_add(m);
	}
	if (inter->nimethods > 0 && m->fun[0] == NULL) {
		if (canfail)
			return NULL;
		const char *missing;
		itab_build(inter, type, &missing);
		rt_panic_typeassert(NULL, type, inter, missing);
	}
	return m;
}

/* ---------------------------------------------------------------------
 * Boxing and comparison.
 * --------------------------------------------------------------------- */

static uint64_t zerobase;

go_eface rt_box(const rt_type *t, const void *v)
{
	if (t->flags & RT_DIRECTIFACE)
		return (go_eface){t, *(void *const *)v};
	if (t->size == 0)
		return (go_eface){t, &zerobase};
	void *p = (t->flags & RT_NOPTRS) ? rt_alloc_noscan(t->size) : rt_alloc(t->size);
	memcpy(p, v, t->size);
	return (go_eface){t, p};
}

static bool dataeq(const rt_type *t, void *a, void *b)
{
	if (t->equal == NULL) {
		go_string parts[2] = {GO_STR("comparing uncomparable type "), rt_gostring(t->string)};
		rt_panic_errorstring(rt_concatn(parts, 2));
	}
	if (t->flags & RT_DIRECTIFACE)
		return a == b;
	return t->equal(a, b); /* no a == b shortcut: a boxed NaN */
}

bool rt_efaceeq(go_eface a, go_eface b)
{
	if (a.type != b.type)
		return false;
	if (a.type == NULL)
		return true;
	return dataeq(a.type, a.data, b.data);
}

bool rt_ifaceeq(go_iface a, go_iface b)
{
	const rt_type *ta = a.itab ? a.itab->type : NULL;
	const rt_type *tb = b.itab ? b.itab->type : NULL;
	if (ta != tb)
		return false;
	if (ta == NULL)
		return true;
	return dataeq(ta, a.data, b.data);
}

/* ---------------------------------------------------------------------
 * Type assertions.
 * --------------------------------------------------------------------- */

void rt_assert_concrete(go_eface x, const rt_type *want, const rt_type *iface, void *out)
{
	if (x.type != want)
		rt_panic_typeassert(iface, x.type, want, NULL);
	if (out != NULL)
		memcpy(out, rt_efacevalue(&x), want->size);
}

bool rt_assert_concrete_ok(go_eface x, const rt_type *want, void *out)
{
	if (x.type != want) {
		if (out != NULL)
			memset(out, 0, want->size);
		return false;
	}
	if (out != NULL)
		memcpy(out, rt_efacevalue(&x), want->size);
	return true;
}

go_iface rt_assert_iface(go_eface x, const rt_type *inter)
{
	if (x.type == NULL)
		rt_panic_typeassert(NULL, NULL, inter, NULL);
	return (go_iface){rt_getitab(inter, x.type, false), x.data};
}

bool rt_assert_iface_ok(go_eface x, const rt_type *inter, go_iface *out)
{
	const rt_itab *m = x.type ? rt_getitab(inter, x.type, true) : NULL;
	if (m == NULL) {
		if (out != NULL)
			*out = (go_iface){NULL, NULL};
		return false;
	}
	if (out != NULL)
		*out = (go_iface){m, x.data};
	return true;
}
