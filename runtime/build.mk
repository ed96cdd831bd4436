# runtime/build.mk — the runtime part of lib/minigo/libminigo.a.
# Every runtime/*.c and the .S of this architecture is compiled.

ARCH := $(shell uname -m)
RUNTIME_SRCS := $(wildcard runtime/*.c)
RUNTIME_ASM  := $(wildcard runtime/*_$(ARCH).S)
RUNTIME_OBJS := $(patsubst runtime/%.c,build/runtime/%.o,$(RUNTIME_SRCS)) \
                $(patsubst runtime/%.S,build/runtime/%.o,$(RUNTIME_ASM))
# The runtime is built like generated code (see rt.h, rules 1-3).
RUNTIME_CFLAGS := $(CFLAGS) -Iruntime -fwrapv -fno-strict-aliasing \
                  -fno-delete-null-pointer-checks -pthread

build/runtime/%.o: runtime/%.c runtime/*.h | $(DEPS)
	@mkdir -p build/runtime
	$(CC) $(RUNTIME_CFLAGS) -c -o $@ $<

build/runtime/%.o: runtime/%.S | $(DEPS)
	@mkdir -p build/runtime
	$(CC) $(RUNTIME_CFLAGS) -c -o $@ $<

lib/minigo/include/rt.h: runtime/rt.h runtime/rt_ops.h
	@mkdir -p lib/minigo/include
	cp runtime/rt.h runtime/rt_ops.h lib/minigo/include/
