/*
 * switch_x86_64.S — stack switching for the minigo runtime (System V AMD64).
 *
 * ABI reference: callee-saved are rbx, rbp, r12-r15, the x87 control word
 * and MXCSR's control bits; rsp is 16-byte aligned before a call (so it is
 * 8 mod 16 at a function's first instruction).  Leaf functions may use the
 * 128-byte red zone below rsp: code that injects a call (preempt.c) must
 * skip it.
 *
 * The saved context, from the saved sp up (RT_CTX_* in rt_internal.h):
 *    0  mxcsr          (4 bytes)
 *    4  x87 control    (2 bytes, 2 of padding)
 *    8  r15   16 r14   24 r13   32 r12   40 rbx   48 rbp
 *   56  return address
 * rt_sysswitch pushes it, rt_gogo pops it; sched.c builds one by hand for a
 * new goroutine (return address rt_gostart).  Caller-saved registers are not
 * saved: every switch is a call as far as the C compiler is concerned.
 *
 * Pitfalls:
 *   - The stack pointer that rt_sysswitch stores must be the exact one: the
 *     collector scans a parked goroutine from it (mem.c).
 *   - Signal masks are per thread and are not switched: goroutines never
 *     change them.
 *   - gdb stops unwinding at a stack switch ("previous frame inner to this
 *     frame") except inside a function named __morestack: the segment switch
 *     lives there, with a CFA computed from rbp so that `bt` crosses segments.
 */

	.text

/* void rt_sysswitch(uintptr_t (*fn)(void *), void *arg, uintptr_t *save_sp,
 *                   uintptr_t g0sp) */
	.globl	rt_sysswitch
	.type	rt_sysswitch, @function
rt_sysswitch:
	.cfi_startproc
	pushq	%rbp
	.cfi_adjust_cfa_offset 8
	pushq	%rbx
	.cfi_adjust_cfa_offset 8
	pushq	%r12
	.cfi_adjust_cfa_offset 8
	pushq	%r13
	.cfi_adjust_cfa_offset 8
	pushq	%r14
	.cfi_adjust_cfa_offset 8
	pushq	%r15
	.cfi_adjust_cfa_offset 8
	subq	$8, %rsp
	.cfi_adjust_cfa_offset 8
	stmxcsr	(%rsp)
	fnstcw	4(%rsp)
	movq	%rsp, (%rdx)		/* g->sched_sp: the exact sp */
	movq	%rsp, %rbx		/* for gdb: the old sp, callee-saved */
	movq	%rcx, %rsp		/* onto g0 */
	.cfi_def_cfa %rbx, 64
	movq	%rdi, %rax
	movq	%rsi, %rdi
	call	*%rax			/* returns the sp to resume from */
	movq	%rax, %rsp
	.cfi_def_cfa %rsp, 64
rt_ctx_restore:
	ldmxcsr	(%rsp)
	fldcw	4(%rsp)
	addq	$8, %rsp
	.cfi_adjust_cfa_offset -8
	popq	%r15
	.cfi_adjust_cfa_offset -8
	popq	%r14
	.cfi_adjust_cfa_offset -8
	popq	%r13
	.cfi_adjust_cfa_offset -8
	popq	%r12
	.cfi_adjust_cfa_offset -8
	popq	%rbx
	.cfi_adjust_cfa_offset -8
	popq	%rbp
	.cfi_adjust_cfa_offset -8
	ret
	.cfi_endproc
	.size	rt_sysswitch, .-rt_sysswitch

/* _Noreturn void rt_gogo(uintptr_t sp): resumes a context saved by
 * rt_sysswitch (or built by sched.c). */
	.globl	rt_gogo
	.type	rt_gogo, @function
rt_gogo:
	.cfi_startproc
	movq	%rdi, %rsp
	jmp	rt_ctx_restore
	.cfi_endproc
	.size	rt_gogo, .-rt_gogo

/* The first return address of a goroutine: calls rt_goentry (sched.c),
 * which never returns.  The CFI marks the end of the call chain. */
	.globl	rt_gostart
	.type	rt_gostart, @function
rt_gostart:
	.cfi_startproc
	.cfi_undefined %rip
	xorl	%ebp, %ebp
	andq	$-16, %rsp
	call	rt_goentry
	ud2
	.cfi_endproc
	.size	rt_gostart, .-rt_gostart

/* void __morestack(void (*thunk)(void *), void *arg, uintptr_t newsp,
 *                  uintptr_t *save_sp)
 * Runs thunk(arg) on a new segment whose top is newsp (16-byte aligned) and
 * comes back.  *save_sp gets the sp on the old segment: the collector scans
 * the old segment from there while the goroutine is parked deeper. */
	.globl	__morestack
	.type	__morestack, @function
__morestack:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rsp, (%rcx)
	movq	%rdx, %rsp
	movq	%rdi, %rax
	movq	%rsi, %rdi
	call	*%rax
	movq	%rbp, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	ret
	.cfi_endproc
	.size	__morestack, .-__morestack

/* rt_jmpbuf layout: 0 rip, 8 rsp, 16 rbp, 24 rbx, 32 r12, 40 r13, 48 r14,
 * 56 r15, 64 mxcsr, 68 x87 cw. */
	.globl	rt_setjmp
	.type	rt_setjmp, @function
rt_setjmp:
	.cfi_startproc
	movq	(%rsp), %rax
	movq	%rax, 0(%rdi)
	leaq	8(%rsp), %rax
	movq	%rax, 8(%rdi)
	movq	%rbp, 16(%rdi)
	movq	%rbx, 24(%rdi)
	movq	%r12, 32(%rdi)
	movq	%r13, 40(%rdi)
	movq	%r14, 48(%rdi)
	movq	%r15, 56(%rdi)
	stmxcsr	64(%rdi)
	fnstcw	68(%rdi)
	xorl	%eax, %eax
	ret
	.cfi_endproc
	.size	rt_setjmp, .-rt_setjmp

	.globl	rt_longjmp_raw
	.type	rt_longjmp_raw, @function
rt_longjmp_raw:
	.cfi_startproc
	movl	%esi, %eax
	testl	%eax, %eax
	jnz	1f
	movl	$1, %eax
1:	ldmxcsr	64(%rdi)
	fldcw	68(%rdi)
	movq	16(%rdi), %rbp
	movq	24(%rdi), %rbx
	movq	32(%rdi), %r12
	movq	40(%rdi), %r13
	movq	48(%rdi), %r14
	movq	56(%rdi), %r15
	movq	8(%rdi), %rsp
	jmp	*0(%rdi)
	.cfi_endproc
	.size	rt_longjmp_raw, .-rt_longjmp_raw

/* The injected frame of an asynchronous preemption (preempt.c).  The
 * SIGURG handler moved rsp to a fresh segment prepared as
 *     top-24: 0 (end of the call chain), top-16: old rsp, top-8: old rip
 * and rip here.  We save flags and the 15 other GPRs (128 bytes), then the
 * whole extended state with xsave (mask rt_xsave_mask: XCR0 minus PKRU and
 * AMX) into a 64-byte aligned area below, with its header zeroed first
 * (xsaveopt would be wrong: it skips state unchanged since the last xrstor
 * from that address), and call rt_async_preempt_c.  Coming back (maybe on
 * another thread) we restore everything and return to the old rsp and rip
 * without a free register: the old rip is written just below the old red
 * zone, rsp is loaded from memory, and `ret $128` pops the rip and skips the
 * red zone.  Everything on this segment is scanned by the collector
 * (mem.c) while the goroutine is parked: the xsave area included, since
 * compilers keep pointers in vector registers. */
	.globl	rt_async_preempt
	.type	rt_async_preempt, @function
rt_async_preempt:
	.cfi_startproc
	.cfi_undefined %rip
	pushfq
	pushq	%rax
	pushq	%rbx
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	pushq	%rdi
	pushq	%rbp
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	cld
	movq	%rsp, %rbx			/* the GPRs; callee-saved */
	subq	rt_xsave_size(%rip), %rsp
	andq	$-64, %rsp
	xorl	%eax, %eax
	movq	%rax, 512(%rsp)
	movq	%rax, 520(%rsp)
	movq	%rax, 528(%rsp)
	movq	%rax, 536(%rsp)
	movq	%rax, 544(%rsp)
	movq	%rax, 552(%rsp)
	movq	%rax, 560(%rsp)
	movq	%rax, 568(%rsp)
	movl	rt_xsave_mask(%rip), %eax
	movl	rt_xsave_mask+4(%rip), %edx
	xsave	(%rsp)
	cmpb	$0, rt_has_avx(%rip)
	je	1f
	vzeroupper
1:	movq	%rbx, %rdi
	call	rt_async_preempt_c
	movl	rt_xsave_mask(%rip), %eax
	movl	rt_xsave_mask+4(%rip), %edx
	xrstor	(%rsp)
	movq	%rbx, %rsp
	movq	136(%rsp), %rax			/* old rsp */
	movq	144(%rsp), %rcx			/* old rip */
	subq	$136, %rax
	movq	%rcx, (%rax)			/* below the old red zone */
	movq	%rax, 128(%rsp)
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rbp
	popq	%rdi
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rbx
	popq	%rax
	popfq
	movq	(%rsp), %rsp
	ret	$128
	.cfi_endproc
	.size	rt_async_preempt, .-rt_async_preempt

	.section .note.GNU-stack,"",@progbits
