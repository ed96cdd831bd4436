/*
 * rt_data_harness.h — what the runtime-data unit tests (test_rt_string.c,
 * test_rt_slice.c, test_rt_map.c, test_rt_iface.c, test_rt_fmt.c) need
 * from the rest of the runtime, as weak stand-ins.
 *
 * The data files (types.c, string.c, slice.c, map.c, iface.c, error.c,
 * print.c, stdlib/fmt/fmt.c) call only a few runtime-core functions:
 * allocation, rt_panic and the defer/recover frame protocol, rt_write,
 * rt_goid/rt_gosched, rt_morestack and the stack guard.  Defining them
 * here, weak, keeps the archive's scheduler out of these tests (a weak
 * definition satisfies the reference, so the linker extracts no member
 * for it): the tests exercise the data code alone, on the main thread,
 * whatever state the scheduler is in.
 *
 * Panics: a small model of panic.c.  rt_frame_enter pushes a frame;
 * rt_panic longjmps to the newest one, whose rt_frame_leave runs the
 * defers (rt_recover inside one of them stops the panic) and otherwise
 * goes on to the next frame; with no frame left, to the test's catch
 * point (CATCH_PANIC).  rt_setjmp/rt_longjmp are a minimal x86-64 (or
 * aarch64) pair.
 */
#ifndef RT_DATA_HARNESS_H
#define RT_DATA_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <gc.h>

#include "rt.h"
#include "../runtime/data.h"

#define WEAK __attribute__((weak))

WEAK void *rt_alloc(size_t size)
{
	void *p = GC_MALLOC(size ? size : 1);
	memset(p, 0, size);
	return p;
}

WEAK void *rt_alloc_noscan(size_t size)
{
	void *p = GC_MALLOC_ATOMIC(size ? size : 1);
	memset(p, 0, size);
	return p;
}

/* Output of print/println is captured here when capture_on is set. */
static char captured[4096];
static size_t ncaptured;
static int capture_on;

WEAK go_int rt_write(int fd, const void *buf, go_int n)
{
	if (capture_on && ncaptured + (size_t)n < sizeof captured) {
		memcpy(captured + ncaptured, buf, (size_t)n);
		ncaptured += (size_t)n;
		captured[ncaptured] = 0;
		return n;
	}
	return write(fd, buf, (size_t)n);
}

WEAK int64_t rt_goid(void) { return 1; }
WEAK void rt_gosched(void) {}

WEAK size_t rt_stack_room(void) { return (size_t)1 << 30; }

WEAK void rt_systemstack(void (*fn)(void *arg), void *arg)
{
	fn(arg);
}

WEAK void rt_morestack(void (*thunk)(void *arg), void *arg, size_t need)
{
	thunk(arg);
}

#if defined(__x86_64__)
__asm__(
	".text\n"
	".weak rt_setjmp\n"
	".type rt_setjmp,@function\n"
	"rt_setjmp:\n"
	"	movq (%rsp), %rax\n"
	"	movq %rax, 0(%rdi)\n"
	"	leaq 8(%rsp), %rax\n"
	"	movq %rax, 8(%rdi)\n"
	"	movq %rbx, 16(%rdi)\n"
	"	movq %rbp, 24(%rdi)\n"
	"	movq %r12, 32(%rdi)\n"
	"	movq %r13, 40(%rdi)\n"
	"	movq %r14, 48(%rdi)\n"
	"	movq %r15, 56(%rdi)\n"
	"	xorl %eax, %eax\n"
	"	ret\n"
	".weak rt_longjmp\n"
	".type rt_longjmp,@function\n"
	"rt_longjmp:\n"
	"	movq 16(%rdi), %rbx\n"
	"	movq 24(%rdi), %rbp\n"
	"	movq 32(%rdi), %r12\n"
	"	movq 40(%rdi), %r13\n"
	"	movq 48(%rdi), %r14\n"
	"	movq 56(%rdi), %r15\n"
	"	movq 8(%rdi), %rsp\n"
	"	movl %esi, %eax\n"
	"	jmpq *0(%rdi)\n");
#elif defined(__aarch64__)
/* 0 lr, 8 sp, 16 x29, 24..96 x19-x28, 104..160 d8-d15 (switch_aarch64.S) */
__asm__(
	".text\n"
	".weak rt_setjmp\n"
	".type rt_setjmp,%function\n"
	"rt_setjmp:\n"
	"	mov x9, sp\n"
	"	stp x30, x9, [x0, #0]\n"
	"	stp x29, x19, [x0, #16]\n"
	"	stp x20, x21, [x0, #32]\n"
	"	stp x22, x23, [x0, #48]\n"
	"	stp x24, x25, [x0, #64]\n"
	"	stp x26, x27, [x0, #80]\n"
	"	str x28, [x0, #96]\n"
	"	stp d8, d9, [x0, #104]\n"
	"	stp d10, d11, [x0, #120]\n"
	"	stp d12, d13, [x0, #136]\n"
	"	stp d14, d15, [x0, #152]\n"
	"	mov w0, #0\n"
	"	ret\n"
	".weak rt_longjmp\n"
	".type rt_longjmp,%function\n"
	"rt_longjmp:\n"
	"	ldp d8, d9, [x0, #104]\n"
	"	ldp d10, d11, [x0, #120]\n"
	"	ldp d12, d13, [x0, #136]\n"
	"	ldp d14, d15, [x0, #152]\n"
	"	ldp x29, x19, [x0, #16]\n"
	"	ldp x20, x21, [x0, #32]\n"
	"	ldp x22, x23, [x0, #48]\n"
	"	ldp x24, x25, [x0, #64]\n"
	"	ldp x26, x27, [x0, #80]\n"
	"	ldr x28, [x0, #96]\n"
	"	ldp x30, x9, [x0, #0]\n"
	"	mov sp, x9\n"
	"	mov w0, w1\n"
	"	ret\n");
#else
#error "rt_data_harness.h: rt_setjmp stand-in written for x86-64 and aarch64 only"
#endif

struct rt_defer {
	struct rt_defer *next;
	void (*fn)(void *);
	void *arg;
	const void *fnid;
};

static rt_frame *h_frames;     /* newest first */
static bool h_panicking;
static go_eface h_panicval;
static const void *h_deferfn;  /* the deferred call running, for recover */
static jmp_buf h_catch;        /* where an unrecovered panic lands */
static bool h_catch_set;
static go_eface h_caught;

WEAK void rt_frame_enter(rt_frame *f)
{
	memset(f, 0, sizeof *f);
	f->prev = h_frames;
	h_frames = f;
}

WEAK void rt_defer_push(rt_frame *f, void (*fn)(void *), void *arg, const void *fnid)
{
	struct rt_defer *d = GC_MALLOC(sizeof *d);
	d->fn = fn;
	d->arg = arg;
	d->fnid = fnid;
	d->next = f->defers;
	f->defers = d;
}

WEAK go_eface rt_recover(const void *fnid)
{
	if (!h_panicking || fnid != h_deferfn)
		return (go_eface){NULL, NULL};
	h_panicking = false;
	return h_panicval;
}

static _Noreturn void h_unwind(void)
{
	if (h_frames != NULL)
		rt_longjmp(&h_frames->jb, 1);
	if (!h_catch_set) {
		fprintf(stderr, "harness: unexpected panic\n");
		abort();
	}
	h_caught = h_panicval;
	h_panicking = false;
	longjmp(h_catch, 1);
}

WEAK void rt_frame_leave(rt_frame *f)
{
	while (f->defers != NULL) {
		struct rt_defer *d = f->defers;
		f->defers = d->next;
		const void *saved = h_deferfn;
		h_deferfn = d->fnid;
		d->fn(d->arg);
		h_deferfn = saved;
	}
	h_frames = f->prev;
	if (h_panicking)
		h_unwind();
}

WEAK void rt_panic(go_eface v)
{
	h_panicking = true;
	h_panicval = v;
	h_unwind();
}

/* The text Go would print after "panic: " for the caught value. */
__attribute__((unused)) static const char *panic_text(go_eface v)
{
	static char buf[512];
	go_string s;
	if (rt_panicval_method(v, &s)) {
		snprintf(buf, sizeof buf, "%.*s", (int)s.len, (const char *)s.ptr);
		return buf;
	}
	if (v.type == &rt_T_string) {
		go_string *p = v.data;
		snprintf(buf, sizeof buf, "%.*s", (int)p->len, (const char *)p->ptr);
		return buf;
	}
	return "?";
}

/* CATCH_PANIC(stmt): runs stmt; evaluates to the panic text or NULL. */
#define CATCH_PANIC(stmt) ({ \
	const char *volatile _r = NULL; \
	h_catch_set = true; \
	if (setjmp(h_catch) == 0) { \
		stmt; \
	} else { \
		_r = panic_text(h_caught); \
	} \
	h_catch_set = false; \
	(const char *)_r; })

__attribute__((unused)) static go_string S(const char *s)
{
	return (go_string){(const uint8_t *)s, (go_int)strlen(s)};
}

__attribute__((unused)) static char *C(go_string s)
{
	char *p = GC_MALLOC_ATOMIC((size_t)s.len + 1);
	memcpy(p, s.ptr, (size_t)s.len);
	p[s.len] = 0;
	return p;
}

#endif
