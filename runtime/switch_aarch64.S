/*
 * switch_aarch64.S — stack switching for the minigo runtime (AArch64, AAPCS64).
 * The same entry points as switch_x86_64.S, with the same contracts
 * (rt_internal.h); runtime/build.mk picks the file of the target.
 *
 * ABI reference (AAPCS64): arguments in x0-x7, result in x0; callee-saved
 * are x19-x28, x29 (fp), the low 64 bits of v8-v15 (d8-d15) and FPCR's
 * control fields; x30 (lr) holds the return address; x16/x17 (IP0/IP1)
 * and x18 are scratch.  sp is always 16-byte aligned.  There is no red
 * zone: nothing lives below sp, so an interrupted sp can be scanned and
 * chained as it is (preempt.c).
 *
 * The saved context, from the saved sp up (RT_CTX_* in rt_internal.h;
 * 176 bytes, a multiple of 16):
 *      0  x29 (fp)     8  x30 (lr: the return address, RT_CTX_RET)
 *     16  x19  24 x20  32 x21  40 x22  48 x23  56 x24  64 x25  72 x26
 *     80  x27  88 x28
 *     96  d8  104 d9  112 d10  120 d11  128 d12  136 d13  144 d14  152 d15
 *    160  fpcr        168  (padding)
 * rt_sysswitch stores it, rt_gogo loads it; sched.c builds one by hand for
 * a new goroutine (all zero: FPCR 0 is the default; lr = rt_gostart).  The
 * fp/lr pair at the bottom is a frame record, so backtraces stop cleanly.
 * Caller-saved registers are not saved: every switch is a call as far as
 * the C compiler is concerned.
 *
 * rt_jmpbuf (rt.h, 22 words): 0 lr (the resume pc), 8 sp (regs[1], read by
 * stack.c), 16 x29, 24..96 x19-x28, 104..160 d8-d15, 168 fpcr.
 *
 * Asynchronous preemption differs from x86-64: restoring every register
 * and then jumping to the interrupted pc needs a free register, and C code
 * may keep values in all 31 (x16-x18 included).  So the SIGURG handler
 * copies the interrupted context (GPRs, sp, pc, pstate, signal mask,
 * FP/SIMD record) to the reserve segment as a kernel sigreturn frame, and
 * rt_async_preempt ends with the rt_sigreturn system call on that frame:
 * the kernel (or qemu-user) restores everything at once.  See preempt.c.
 *
 * Pitfalls:
 *   - The stack pointer that rt_sysswitch stores must be the exact one: the
 *     collector scans a parked goroutine from it (mem.c).
 *   - The thread pointer (tpidr_el0) changes when a goroutine moves to
 *     another M: C code must not keep it across a call (RT_TLS, rt.h).
 *   - gdb stops unwinding at a stack switch except inside a function named
 *     __morestack: the segment switch lives there, with a CFA computed from
 *     x29 so that `bt` crosses segments.
 */

	.text

/* void rt_sysswitch(uintptr_t (*fn)(void *), void *arg, uintptr_t *save_sp,
 *                   uintptr_t g0sp) */
	.globl	rt_sysswitch
	.type	rt_sysswitch, %function
	.p2align 2
rt_sysswitch:
	.cfi_startproc
	stp	x29, x30, [sp, #-176]!
	.cfi_def_cfa_offset 176
	.cfi_offset x29, -176
	.cfi_offset x30, -168
	stp	x19, x20, [sp, #16]
	stp	x21, x22, [sp, #32]
	stp	x23, x24, [sp, #48]
	stp	x25, x26, [sp, #64]
	stp	x27, x28, [sp, #80]
	.cfi_offset x19, -160
	.cfi_offset x20, -152
	.cfi_offset x21, -144
	.cfi_offset x22, -136
	.cfi_offset x23, -128
	.cfi_offset x24, -120
	.cfi_offset x25, -112
	.cfi_offset x26, -104
	.cfi_offset x27, -96
	.cfi_offset x28, -88
	stp	d8, d9, [sp, #96]
	stp	d10, d11, [sp, #112]
	stp	d12, d13, [sp, #128]
	stp	d14, d15, [sp, #144]
	mrs	x9, fpcr
	str	x9, [sp, #160]
	mov	x9, sp
	str	x9, [x2]		/* g->sched_sp: the exact sp */
	mov	x19, sp			/* for gdb: the old sp, callee-saved */
	.cfi_def_cfa x19, 176
	mov	sp, x3			/* onto g0 */
	mov	x9, x0
	mov	x0, x1
	blr	x9			/* returns the sp to resume from */
	mov	sp, x0
	.cfi_def_cfa sp, 176
rt_ctx_restore:
	ldr	x9, [sp, #160]
	mrs	x10, fpcr
	cmp	x9, x10
	b.eq	1f
	msr	fpcr, x9		/* a write may be slow: only on a change */
1:	ldp	d8, d9, [sp, #96]
	ldp	d10, d11, [sp, #112]
	ldp	d12, d13, [sp, #128]
	ldp	d14, d15, [sp, #144]
	ldp	x19, x20, [sp, #16]
	ldp	x21, x22, [sp, #32]
	ldp	x23, x24, [sp, #48]
	ldp	x25, x26, [sp, #64]
	ldp	x27, x28, [sp, #80]
	ldp	x29, x30, [sp], #176
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
	.size	rt_sysswitch, .-rt_sysswitch

/* _Noreturn void rt_gogo(uintptr_t sp): resumes a context saved by
 * rt_sysswitch (or built by sched.c). */
	.globl	rt_gogo
	.type	rt_gogo, %function
	.p2align 2
rt_gogo:
	.cfi_startproc
	mov	sp, x0
	b	rt_ctx_restore
	.cfi_endproc
	.size	rt_gogo, .-rt_gogo

/* The first return address of a goroutine: calls rt_goentry (sched.c),
 * which never returns.  The CFI marks the end of the call chain. */
	.globl	rt_gostart
	.type	rt_gostart, %function
	.p2align 2
rt_gostart:
	.cfi_startproc
	.cfi_undefined x30
	mov	x29, #0
	mov	x9, sp
	and	x9, x9, #-16
	mov	sp, x9
	bl	rt_goentry
	brk	#0
	.cfi_endproc
	.size	rt_gostart, .-rt_gostart

/* void __morestack(void (*thunk)(void *), void *arg, uintptr_t newsp,
 *                  uintptr_t *save_sp)
 * Runs thunk(arg) on a new segment whose top is newsp (16-byte aligned) and
 * comes back.  *save_sp gets the sp on the old segment (below the frame
 * record pushed here): the collector scans the old segment from there
 * while the goroutine is parked deeper. */
	.globl	__morestack
	.type	__morestack, %function
	.p2align 2
__morestack:
	.cfi_startproc
	stp	x29, x30, [sp, #-16]!
	.cfi_def_cfa_offset 16
	.cfi_offset x29, -16
	.cfi_offset x30, -8
	mov	x29, sp
	.cfi_def_cfa_register x29
	mov	x9, sp
	str	x9, [x3]
	mov	sp, x2
	mov	x9, x0
	mov	x0, x1
	blr	x9
	mov	sp, x29
	.cfi_def_cfa_register sp
	ldp	x29, x30, [sp], #16
	.cfi_def_cfa_offset 0
	ret
	.cfi_endproc
	.size	__morestack, .-__morestack

/* int rt_setjmp(rt_jmpbuf *jb): layout at the top of this file. */
	.globl	rt_setjmp
	.type	rt_setjmp, %function
	.p2align 2
rt_setjmp:
	.cfi_startproc
	mov	x9, sp
	stp	x30, x9, [x0, #0]
	stp	x29, x19, [x0, #16]
	stp	x20, x21, [x0, #32]
	stp	x22, x23, [x0, #48]
	stp	x24, x25, [x0, #64]
	stp	x26, x27, [x0, #80]
	str	x28, [x0, #96]
	stp	d8, d9, [x0, #104]
	stp	d10, d11, [x0, #120]
	stp	d12, d13, [x0, #136]
	stp	d14, d15, [x0, #152]
	mrs	x9, fpcr
	str	x9, [x0, #168]
	mov	w0, #0
	ret
	.cfi_endproc
	.size	rt_setjmp, .-rt_setjmp

/* _Noreturn void rt_longjmp_raw(rt_jmpbuf *jb, int v): rt_setjmp returns v
 * (1 if v is 0). */
	.globl	rt_longjmp_raw
	.type	rt_longjmp_raw, %function
	.p2align 2
rt_longjmp_raw:
	.cfi_startproc
	cmp	w1, #0
	csinc	w2, w1, wzr, ne
	ldr	x9, [x0, #168]
	msr	fpcr, x9
	ldp	d8, d9, [x0, #104]
	ldp	d10, d11, [x0, #120]
	ldp	d12, d13, [x0, #136]
	ldp	d14, d15, [x0, #152]
	ldp	x29, x19, [x0, #16]
	ldp	x20, x21, [x0, #32]
	ldp	x22, x23, [x0, #48]
	ldp	x24, x25, [x0, #64]
	ldp	x26, x27, [x0, #80]
	ldr	x28, [x0, #96]
	ldp	x30, x9, [x0, #0]
	mov	sp, x9
	mov	w0, w2
	ret
	.cfi_endproc
	.size	rt_longjmp_raw, .-rt_longjmp_raw

/* The injected frame of an asynchronous preemption (preempt.c).  The
 * SIGURG handler copied the interrupted context into a sigreturn frame
 * (the kernel's struct rt_sigframe: siginfo, then ucontext) at the top of
 * a fresh segment and "returned" here with sp = x0 = that frame, x29 = x30
 * = 0.  We call rt_async_preempt_c(frame) below it (Gosched, or a pass
 * through g0; it fixes the frame's altstack and signal mask for the M we
 * resume on), then rt_sigreturn restores every register, pstate and the
 * FP/SIMD state from the frame: there is no free register to jump with
 * otherwise.  The frame lies above the goroutine's sp while it is parked:
 * the collector scans it, registers (and vector registers) included. */
	.globl	rt_async_preempt
	.type	rt_async_preempt, %function
	.p2align 2
rt_async_preempt:
	.cfi_startproc
	.cfi_undefined x30
	mov	x19, x0			/* the frame; callee-saved */
	bl	rt_async_preempt_c
	mov	sp, x19
	mov	x8, #139		/* __NR_rt_sigreturn */
	svc	#0
	brk	#1
	.cfi_endproc
	.size	rt_async_preempt, .-rt_async_preempt

	.section .note.GNU-stack,"",%progbits
