# tests/build.mk — unit tests (cmocka) and the test command.
#   tests/test_c_<module>.c   compiler unit tests, linked with the compiler's objects
#   tests/test_rt_<module>.c  runtime unit tests, linked with libminigo.a and libgc
# End-to-end tests are testdata/<suite>/*.go with a .want beside each
# (format: tests/e2e.sh); tests/run_all.sh runs everything and prints the
# one summary line "N passed, M failed, K skipped".

C_TEST_SRCS  := $(wildcard tests/test_c_*.c)
RT_TEST_SRCS := $(wildcard tests/test_rt_*.c)
UNIT_BINS := $(patsubst tests/%.c,build/tests/%,$(C_TEST_SRCS) $(RT_TEST_SRCS))

build/tests/test_c_%: tests/test_c_%.c $(COMPILER_LIB_OBJS) | $(DEPS)
	@mkdir -p build/tests
	$(CC) $(COMPILER_CFLAGS) -o $@ $< $(COMPILER_LIB_OBJS) -lcmocka -lm

build/tests/test_rt_%: tests/test_rt_%.c lib/minigo/libminigo.a | $(DEPS)
	@mkdir -p build/tests
	$(CC) $(RUNTIME_CFLAGS) -o $@ $< lib/minigo/libminigo.a -lgc -lcmocka -lm -pthread

.PHONY: unit
unit: $(UNIT_BINS)

test: all $(UNIT_BINS)
	@tests/run_all.sh

# Issue 6's acceptance run (minutes): docs programs at GOMAXPROCS=1, 2, 8, ten times each.
.PHONY: docs-matrix
docs-matrix: all
	@tests/docs-matrix.sh

# The end-to-end programs under UBSan (not part of make test: it rebuilds every program).
.PHONY: sanitize
sanitize: all
	@tests/sanitize.sh

# The end-to-end programs under ASan + UBSan (minutes): tests/asan.sh.
.PHONY: asan
asan:
	@tests/asan.sh

# The runtime's unit tests under ThreadSanitizer (minutes): tests/tsan.sh.
.PHONY: tsan
tsan:
	@tests/tsan.sh

# aarch64, cross-built and run under qemu-user (minutes): tests/aarch64.sh.
.PHONY: test-aarch64
test-aarch64:
	@tests/aarch64.sh

# The runtime under its stress switches (minutes): tests/stress.sh.
.PHONY: stress
stress:
	@tests/stress.sh
