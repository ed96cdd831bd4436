/*
 * chan.c — channels, after Go's chan.go.
 *
 * Invariants (c->lock held):
 *   - At most one of sendq and recvq is non-empty, except that a select may
 *     sit in both queues of one channel (a send case and a receive case).
 *   - qcount > 0 implies recvq is empty (a receiver would have taken it);
 *     qcount < dataqsiz implies sendq is empty.
 *   - A closed channel has an empty sendq (close woke every sender, who
 *     then panics) and, once drained, an empty recvq.
 *   - A sudog is queued at most once; dequeue skips select sudogs whose
 *     goroutine was already won by another case (g->selectdone CAS).
 *
 * Direct hand-off: a sender finding a waiting receiver copies the value
 * straight into the receiver's destination (on the receiver's stack: it is
 * parked and cannot move) and readies it into runnext, so the pair keeps
 * running on one P.  Likewise a receiver finding a waiting sender on an
 * unbuffered channel; on a full buffered channel it takes the head of the
 * buffer and moves the sender's value to the tail (FIFO kept).
 *
 * All of it runs on g0 (rt_systemstack): the lock is a futex mutex, and a
 * goroutine that blocks parks from there.  The sudog lives in the caller's
 * frame on the goroutine's stack (it stays put while the goroutine is
 * parked), so a blocking send or receive allocates nothing.  Panics are
 * raised after coming back to the goroutine's stack.
 *
 * c->lock protects every field but elemsize and dataqsiz (immutable).
 * Never held across a switch to a segment; readying a G while holding it is
 * fine (lock order: chan -> sched).
 */
#include "rt_internal.h"

enum { OP_OK, OP_CLOSED, OP_NIL, OP_PARKED, OP_NOTREADY };

void rt_waitq_enqueue(sudog **first, sudog **last, sudog *s)
{
	s->next = NULL;
	s->prev = *last;
	if (*last)
		(*last)->next = s;
	else
		*first = s;
	*last = s;
}

void rt_waitq_remove(sudog **first, sudog **last, sudog *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else if (*first == s)
		*first = s->next;
	else
		return; /* not queued */
	if (s->next)
		s->next->prev = s->prev;
	else
		*last = s->prev;
	s->next = s->prev = NULL;
}

sudog *rt_waitq_dequeue(sudog **first, sudog **last)
{
	for (;;) {
		sudog *s = *first;
		if (s == NULL)
			return NULL;
		*first = s->next;
		if (*first)
			(*first)->prev = NULL;
		else
			*last = NULL;
		s->next = s->prev = NULL;
		if (s->isselect) {
			int z = 0;
			if (!atomic_compare_exchange_strong(&s->g->selectdone, &z, 1))
				continue; /* that select already won elsewhere */
		}
		return s;
	}
}

rt_chan *rt_makechan(size_t elemsize, go_int cap)
{
	if (cap < 0 || (elemsize > 0 && (uint64_t)cap > ((uint64_t)1 << 40) / elemsize))
		rt_panic_plain("makechan: size out of range");
	rt_chan *c = rt_alloc(sizeof *c);
	c->elemsize = elemsize;
	c->dataqsiz = cap;
	if (cap > 0 && elemsize > 0)
		c->buf = rt_alloc((size_t)cap * elemsize);
	return c;
}

static inline void *chanbuf(rt_chan *c, go_int i) { return c->buf + (size_t)i * c->elemsize; }

static void copyelem(rt_chan *c, void *dst, const void *src)
{
	if (dst && c->elemsize)
		memcpy(dst, src, c->elemsize);
}

/* ------------------------------------------------------------------ */
/* send */

struct chanop {
	rt_chan *c;
	void *elem;
	bool block;
	int result;   /* OP_* */
	bool ok;      /* receive: a value (not closed) */
	sudog sg;
};

/* c->lock held; sg a waiting receiver.  Releases the lock. */
static void send_direct(rt_chan *c, sudog *sg, const void *elem)
{
	copyelem(c, sg->elem, elem);
	sg->success = true;
	G *gp = sg->g;
	gp->param = sg;
	rt_lock_release(&c->lock);
	rt_ready(gp, true);
}

/* c->lock held; sg a waiting sender.  Releases the lock. */
static void recv_direct(rt_chan *c, sudog *sg, void *elem)
{
	if (c->dataqsiz == 0) {
		copyelem(c, elem, sg->elem);
	} else {
		/* full buffer: take the head, the sender's value goes to the tail */
		void *q = chanbuf(c, c->recvx);
		copyelem(c, elem, q);
		if (c->elemsize)
			memcpy(q, sg->elem, c->elemsize);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		c->sendx = c->recvx;
	}
	sg->success = true;
	G *gp = sg->g;
	gp->param = sg;
	rt_lock_release(&c->lock);
	rt_ready(gp, true);
}

/* Shared with select.c: try a send with c->lock held.  On success the lock
 * is released and OP_OK returned; OP_CLOSED (lock released); or OP_NOTREADY
 * with the lock still held. */
int rt_chan_trysend_locked(rt_chan *c, const void *elem)
{
	if (c->closed) {
		rt_lock_release(&c->lock);
		return OP_CLOSED;
	}
	sudog *sg = rt_waitq_dequeue(&c->recvq_first, &c->recvq_last);
	if (sg) {
		send_direct(c, sg, elem);
		return OP_OK;
	}
	if (c->qcount < c->dataqsiz) {
		if (c->elemsize)
			memcpy(chanbuf(c, c->sendx), elem, c->elemsize);
		if (++c->sendx == c->dataqsiz)
			c->sendx = 0;
		c->qcount++;
		rt_lock_release(&c->lock);
		return OP_OK;
	}
	return OP_NOTREADY;
}

/* Receive counterpart: OP_OK with *ok set, or OP_NOTREADY (lock held). */
int rt_chan_tryrecv_locked(rt_chan *c, void *elem, bool *ok)
{
	if (c->closed && c->qcount == 0) {
		rt_lock_release(&c->lock);
		if (elem && c->elemsize)
			memset(elem, 0, c->elemsize);
		*ok = false;
		return OP_OK;
	}
	sudog *sg = rt_waitq_dequeue(&c->sendq_first, &c->sendq_last);
	if (sg) {
		recv_direct(c, sg, elem);
		*ok = true;
		return OP_OK;
	}
	if (c->qcount > 0) {
		void *q = chanbuf(c, c->recvx);
		copyelem(c, elem, q);
		if (c->elemsize)
			memset(q, 0, c->elemsize);
		if (++c->recvx == c->dataqsiz)
			c->recvx = 0;
		c->qcount--;
		rt_lock_release(&c->lock);
		*ok = true;
		return OP_OK;
	}
	return OP_NOTREADY;
}

static void chansend_g0(void *a)
{
	struct chanop *op = a;
	rt_chan *c = op->c;
	G *g = getg();
	if (c == NULL) {
		if (!op->block) {
			op->result = OP_NOTREADY;
			return;
		}
		op->result = OP_PARKED;
		rt_park(NULL, RT_WAIT_CHAN_SEND_NILCHAN);
	}
	rt_lock_acquire(&c->lock);
	int r = rt_chan_trysend_locked(c, op->elem);
	if (r != OP_NOTREADY) {
		op->result = r;
		return;
	}
	if (!op->block) {
		rt_lock_release(&c->lock);
		op->result = OP_NOTREADY;
		return;
	}
	sudog *sg = &op->sg;
	memset(sg, 0, sizeof *sg);
	sg->g = g;
	sg->elem = op->elem;
	sg->c = c;
	g->param = NULL;
	rt_waitq_enqueue(&c->sendq_first, &c->sendq_last, sg);
	op->result = OP_PARKED;
	rt_park(&c->lock, RT_WAIT_CHAN_SEND);
}

static bool chansend(rt_chan *c, const void *elem, bool block)
{
	struct chanop op = {.c = c, .elem = (void *)elem, .block = block};
	rt_systemstack(chansend_g0, &op);
	switch (op.result) {
	case OP_OK:
		return true;
	case OP_NOTREADY:
		return false;
	case OP_CLOSED:
		rt_panic_plain("send on closed channel");
	case OP_PARKED:
		if (!op.sg.success)
			rt_panic_plain("send on closed channel");
		return true;
	}
	return false;
}

void rt_chansend(rt_chan *c, const void *elem) { chansend(c, elem, true); }

/* select with one send case and a default (provided for the emitter). */
bool rt_chansend_nb(rt_chan *c, const void *elem) { return chansend(c, elem, false); }

/* ------------------------------------------------------------------ */
/* receive */

static void chanrecv_g0(void *a)
{
	struct chanop *op = a;
	rt_chan *c = op->c;
	G *g = getg();
	if (c == NULL) {
		if (!op->block) {
			op->result = OP_NOTREADY;
			return;
		}
		op->result = OP_PARKED;
		rt_park(NULL, RT_WAIT_CHAN_RECV_NILCHAN);
	}
	rt_lock_acquire(&c->lock);
	int r = rt_chan_tryrecv_locked(c, op->elem, &op->ok);
	if (r != OP_NOTREADY) {
		op->result = r;
		return;
	}
	if (!op->block) {
		rt_lock_release(&c->lock);
		op->result = OP_NOTREADY;
		return;
	}
	sudog *sg = &op->sg;
	memset(sg, 0, sizeof *sg);
	sg->g = g;
	sg->elem = op->elem;
	sg->c = c;
	g->param = NULL;
	rt_waitq_enqueue(&c->recvq_first, &c->recvq_last, sg);
	op->result = OP_PARKED;
	rt_park(&c->lock, RT_WAIT_CHAN_RECV);
}

/* Returns 1 received, 0 closed, -1 not ready (non-blocking). */
static int chanrecv(rt_chan *c, void *elem, bool block)
{
	struct chanop op = {.c = c, .elem = elem, .block = block};
	rt_systemstack(chanrecv_g0, &op);
	switch (op.result) {
	case OP_OK:
		return op.ok;
	case OP_PARKED:
		return op.sg.success; /* closed: the closer zeroed elem */
	default:
		return -1;
	}
}

bool rt_chanrecv(rt_chan *c, void *elem) { return chanrecv(c, elem, true) == 1; }

/* select with one receive case and a default: -1 nothing ready, else as
 * rt_chanrecv (provided for the emitter). */
int rt_chanrecv_nb(rt_chan *c, void *elem) { return chanrecv(c, elem, false); }

/* ------------------------------------------------------------------ */
/* close */

static void chanclose_g0(void *a)
{
	struct chanop *op = a;
	rt_chan *c = op->c;
	rt_lock_acquire(&c->lock);
	if (c->closed) {
		rt_lock_release(&c->lock);
		op->result = OP_CLOSED;
		return;
	}
	c->closed = true;
	sudog *list = NULL, *s;
	while ((s = rt_waitq_dequeue(&c->recvq_first, &c->recvq_last)) != NULL) {
		if (s->elem && c->elemsize)
			memset(s->elem, 0, c->elemsize);
		s->success = false;
		s->g->param = s;
		s->next = list;
		list = s;
	}
	while ((s = rt_waitq_dequeue(&c->sendq_first, &c->sendq_last)) != NULL) {
		s->success = false;
		s->g->param = s;
		s->next = list;
		list = s;
	}
	rt_lock_release(&c->lock);
	/* Ready them in queue order (the list is reversed). */
	sudog *rev = NULL;
	while (list) {
		s = list;
		list = s->next;
		s->next = rev;
		rev = s;
	}
	while (rev) {
		s = rev;
		rev = s->next;
		G *gp = s->g; /* s may be reused as soon as gp runs */
		rt_ready(gp, false);
	}
	op->result = OP_OK;
}

void rt_chanclose(rt_chan *c)
{
	if (c == NULL)
		rt_panic_plain("close of nil channel");
	struct chanop op = {.c = c};
	rt_systemstack(chanclose_g0, &op);
	if (op.result == OP_CLOSED)
		rt_panic_plain("close of closed channel");
}

go_int rt_chanlen(rt_chan *c)
{
	return c ? __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) : 0;
}

go_int rt_chancap(rt_chan *c) { return c ? c->dataqsiz : 0; }
