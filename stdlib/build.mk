# stdlib/build.mk — the standard library part of lib/minigo/libminigo.a.
# stdlib/<pkg>/*.go are Go sources: the compiler reads them for every user
# compile (declarations), and they are translated to C once, here, by
# `minigo translate -lib` (bodies).  stdlib/<pkg>/*.c are the C parts, bound
# to body-less Go declarations.

STDLIB_GO_PKGS := $(sort $(patsubst stdlib/%/,%,$(dir $(wildcard stdlib/*/*.go stdlib/*/*/*.go))))
STDLIB_C_SRCS  := $(wildcard stdlib/*/*.c stdlib/*/*/*.c)
STDLIB_C_OBJS  := $(patsubst stdlib/%.c,build/stdlib/%.o,$(STDLIB_C_SRCS))
STDLIB_GO_OBJS := $(patsubst %,build/stdlib/go/%.o,$(subst /,_,$(STDLIB_GO_PKGS)))
STDLIB_CFLAGS  := $(RUNTIME_CFLAGS) -Ilib/minigo/include

build/stdlib/%.o: stdlib/%.c runtime/rt.h lib/minigo/include/rt.h | $(DEPS)
	@mkdir -p $(dir $@)
	$(CC) $(STDLIB_CFLAGS) -c -o $@ $<

# One C file per Go package, produced by the compiler itself.
build/stdlib/go/%.c: bin/minigo $(wildcard stdlib/*/*.go stdlib/*/*/*.go) lib/minigo/stdlib.stamp
	@mkdir -p build/stdlib/go
	bin/minigo translate -lib $(subst _,/,$*) > $@.tmp && mv $@.tmp $@

build/stdlib/go/%.o: build/stdlib/go/%.c lib/minigo/include/rt.h
	$(CC) $(STDLIB_CFLAGS) -c -o $@ $<

# The Go sources are installed beside the library: user compiles read them.
lib/minigo/stdlib.stamp: $(wildcard stdlib/*/*.go stdlib/*/*/*.go)
	@mkdir -p lib/minigo/stdlib
	@rm -rf lib/minigo/stdlib && mkdir -p lib/minigo/stdlib
	@cd stdlib && find . -name '*.go' | while read f; do \
		mkdir -p ../lib/minigo/stdlib/$$(dirname $$f); cp $$f ../lib/minigo/stdlib/$$f; done
	@touch $@

lib/minigo/libminigo.a: $(RUNTIME_OBJS) $(STDLIB_C_OBJS) $(STDLIB_GO_OBJS) lib/minigo/include/rt.h lib/minigo/stdlib.stamp
	@mkdir -p lib/minigo
	rm -f $@
	ar rcs $@ $(RUNTIME_OBJS) $(STDLIB_C_OBJS) $(STDLIB_GO_OBJS)

# Keep the translated C (it is read when debugging the library).
.SECONDARY: $(STDLIB_GO_OBJS:.o=.c)
