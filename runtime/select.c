/*
 * select.c — the select statement, after Go's select.go.
 *
 * Pass 1 (g0): lock every channel in address order (one lock per distinct
 *   channel: no lock-order deadlock between two selects), poll the cases in
 *   a random order (fairness) and take the first ready one.
 * Pass 2 (g0, only when blocking): queue a sudog on every channel, in lock
 *   order, with isselect set; park, releasing all the locks.  A waker
 *   dequeuing one of them must first win g->selectdone by CAS, so exactly
 *   one case fires; g->param is the winning sudog.
 * Pass 3 (g0, after waking): lock all again, take the losers' sudogs out of
 *   their queues, unlock.
 * The sudogs of a blocking select are GC-allocated (g->selsgs points at
 * them while it is parked) because g0's stack is abandoned by the park.
 * The G keeps its array for its next select (Go keeps a per-P sudog
 * cache): allocating one per select was a GC allocation per loop turn of
 * bench/select.  Pass 3 clears the pointers it held.
 *
 * Invariant: between pass 2 and pass 3 only the winning sudog has left its
 * queue (rt_waitq_dequeue skips, and unlinks, the other ones only after a
 * failed CAS; rt_waitq_remove tolerates a sudog no longer queued).
 */
#include "rt_internal.h"

enum { OP_OK, OP_CLOSED, OP_NIL, OP_PARKED, OP_NOTREADY };
int rt_chan_trysend_locked(rt_chan *c, const void *elem);
int rt_chan_tryrecv_locked(rt_chan *c, void *elem, bool *ok);

struct selargs {
	rt_scase *cases;
	int ncases;
	bool block;
	int chosen;
	bool recvok;
	bool sendclosed;
	bool parked;
	uint16_t *lockorder; /* distinct non-nil channels' case indexes, by address */
	int nlock;
};

static void sellock(struct selargs *a)
{
	for (int i = 0; i < a->nlock; i++)
		rt_lock_acquire(&a->cases[a->lockorder[i]].c->lock);
}

static void selunlock_except(struct selargs *a, rt_chan *skip)
{
	for (int i = a->nlock - 1; i >= 0; i--) {
		rt_chan *c = a->cases[a->lockorder[i]].c;
		if (c != skip)
			rt_lock_release(&c->lock);
	}
}

static void selunlock_cb(void *arg) { selunlock_except(arg, NULL); }

static void build_lockorder(struct selargs *a, uint16_t *order)
{
	int n = 0;
	for (int i = 0; i < a->ncases; i++) {
		rt_chan *c = a->cases[i].c;
		if (c == NULL)
			continue;
		/* insertion by address, skipping duplicates */
		int j = n;
		bool dup = false;
		for (int k = 0; k < n; k++)
			if (a->cases[order[k]].c == c) {
				dup = true;
				break;
			}
		if (dup)
			continue;
		while (j > 0 && (uintptr_t)a->cases[order[j - 1]].c > (uintptr_t)c) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = (uint16_t)i;
		n++;
	}
	a->lockorder = order;
	a->nlock = n;
}

static void select_g0(void *arg)
{
	struct selargs *a = arg;
	G *g = getg();
	int n = a->ncases;
	uint16_t pollorder[n > 0 ? n : 1];
	uint16_t *lockorder = a->lockorder;
	for (int i = 0; i < n; i++) {
		int j = (int)(rt_fastrand() % (uint32_t)(i + 1));
		pollorder[i] = pollorder[j];
		pollorder[j] = (uint16_t)i;
	}
	build_lockorder(a, lockorder);
	sellock(a);
	for (int k = 0; k < n; k++) {
		int i = pollorder[k];
		rt_scase *cs = &a->cases[i];
		rt_chan *c = cs->c;
		if (c == NULL)
			continue;
		/* rt_chan_try*_locked release c->lock on success: release the
		 * other locks first. */
		if (cs->dir == RT_SELECT_SEND) {
			if (c->closed || c->recvq_first || c->qcount < c->dataqsiz) {
				selunlock_except(a, c);
				int r = rt_chan_trysend_locked(c, cs->elem);
				if (r == OP_NOTREADY) {
					/* only select sudogs already won elsewhere were
					 * queued: a buffer slot is then free or not */
					rt_lock_release(&c->lock);
					goto retry;
				}
				a->chosen = i;
				a->sendclosed = r == OP_CLOSED;
				return;
			}
		} else {
			if (c->closed || c->sendq_first || c->qcount > 0) {
				selunlock_except(a, c);
				int r = rt_chan_tryrecv_locked(c, cs->elem, &a->recvok);
				if (r == OP_NOTREADY) {
					rt_lock_release(&c->lock);
					goto retry;
				}
				a->chosen = i;
				return;
			}
		}
	}
	if (!a->block) {
		selunlock_except(a, NULL);
		a->chosen = -1;
		return;
	}
	if (n == 0 || a->nlock == 0) {
		selunlock_except(a, NULL);
		a->parked = true;
		rt_park(NULL, n == 0 ? RT_WAIT_SELECT_NOCASES : RT_WAIT_SELECT);
	}
	/* pass 2: enqueue on every channel */
	sudog *sgs = g->selsgs;
	atomic_store(&g->selectdone, 0);
	g->param = NULL;
	for (int i = 0; i < n; i++) {
		rt_scase *cs = &a->cases[i];
		sudog *sg = &sgs[i];
		if (cs->c == NULL)
			continue;
		sg->g = g;
		sg->isselect = true;
		sg->elem = cs->elem;
		sg->c = cs->c;
		sg->caseidx = i;
		if (cs->dir == RT_SELECT_SEND)
			rt_waitq_enqueue(&cs->c->sendq_first, &cs->c->sendq_last, sg);
		else
			rt_waitq_enqueue(&cs->c->recvq_first, &cs->c->recvq_last, sg);
	}
	a->parked = true;
	rt_park_fn(selunlock_cb, a, RT_WAIT_SELECT);
	return;
retry:
	/* A queued sudog of a select that already won was in the way: start
	 * over (rare). */
	select_g0(arg);
}

/* pass 3 */
static void selectdone_g0(void *arg)
{
	struct selargs *a = arg;
	G *g = getg();
	sudog *win = g->param;
	sellock(a);
	for (int i = 0; i < a->ncases; i++) {
		rt_scase *cs = &a->cases[i];
		sudog *sg = &g->selsgs[i];
		if (cs->c != NULL && sg != win) {
			if (cs->dir == RT_SELECT_SEND)
				rt_waitq_remove(&cs->c->sendq_first, &cs->c->sendq_last, sg);
			else
				rt_waitq_remove(&cs->c->recvq_first, &cs->c->recvq_last, sg);
		}
	}
	selunlock_except(a, NULL);
	g->param = NULL;
	if (win == NULL)
		throw("runtime: select woken without a case");
	a->chosen = win->caseidx;
	if (a->cases[a->chosen].dir == RT_SELECT_SEND)
		a->sendclosed = !win->success;
	else
		a->recvok = win->success;
	/* unqueued now: nothing else refers to them; drop what they point at */
	for (int i = 0; i < a->ncases; i++) {
		sudog *sg = &g->selsgs[i];
		sg->g = NULL;
		sg->elem = NULL;
		sg->c = NULL;
		sg->next = sg->prev = NULL;
	}
}

static void alloc_sgs_g0(void *arg)
{
	struct selargs *a = arg;
	G *g = getg();
	g->selsgs = rt_gcalloc_g0(sizeof(sudog) * (size_t)a->ncases, true);
	g->nselsgs = a->ncases;
}

int rt_select(rt_scase *cases, int ncases, bool block, bool *recvok)
{
	if (ncases > 65535)
		throw("runtime: select with too many cases");
	uint16_t small[8];
	uint16_t *lockorder = small;
	if (ncases > 8)
		lockorder = rt_alloc_noscan(sizeof(uint16_t) * (size_t)ncases);
	struct selargs a = {.cases = cases, .ncases = ncases, .block = block, .chosen = -1,
	                    .lockorder = lockorder};
	if (block && ncases > getg()->nselsgs)
		rt_systemstack(alloc_sgs_g0, &a);
	rt_systemstack(select_g0, &a);
	if (a.parked)
		rt_systemstack(selectdone_g0, &a);
	if (a.chosen >= 0 && a.sendclosed)
		rt_panic_plain("send on closed channel");
	if (recvok && a.chosen >= 0 && cases[a.chosen].dir == RT_SELECT_RECV)
		*recvok = a.recvok;
	return a.chosen;
}
