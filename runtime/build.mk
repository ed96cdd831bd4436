# runtime/build.mk — the runtime part of lib/minigo/libminigo.a.
# Every runtime/*.c and the .S of this architecture is compiled.

ARCH := $(shell uname -m)
RUNTIME_SRCS := $(wildcard runtime/*.c)
RUNTIME_ASM  := $(wildcard runtime/*_$(ARCH).S)
RUNTIME_OBJS := $(patsubst runtime/%.c,build/runtime/%.o,$(RUNTIME_SRCS)) \
                $(patsubst runtime/%.S,build/runtime/%.o,$(RUNTIME_ASM))
# The runtime is built like generated code (see rt.h, rules 1-3).
# Stress switches: make RT_STRESS=SPLIT (a new segment every few calls),
# RT_STRESS=PREEMPT (preemption requests every 100 us), RT_STRESS=GC (a
# collection at every allocation); several: RT_STRESS="SPLIT GC".  Rebuild
# from clean when changing them (make clean).
RUNTIME_CFLAGS := $(CFLAGS) -Iruntime -fwrapv -fno-strict-aliasing \
                  -fno-delete-null-pointer-checks -pthread \
                  $(foreach s,$(RT_STRESS),-DRT_STRESS_$(s))

build/runtime/%.o: runtime/%.c runtime/*.h | $(DEPS)
	@mkdir -p build/runtime
	$(CC) $(RUNTIME_CFLAGS) -c -o $@ $<

build/runtime/%.o: runtime/%.S | $(DEPS)
	@mkdir -p build/runtime
	$(CC) $(RUNTIME_CFLAGS) -c -o $@ $<

lib/minigo/include/rt.h: runtime/rt.h runtime/rt_ops.h
	@mkdir -p lib/minigo/include
	cp runtime/rt.h runtime/rt_ops.h lib/minigo/include/
