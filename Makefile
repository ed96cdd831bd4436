# minigo — top-level build.  Each part has its own build.mk, owned by that part:
#   compiler/build.mk  bin/minigo (re2c + lemon front end, checker, emitter)
#   runtime/build.mk   the runtime objects of lib/minigo/libminigo.a
#   stdlib/build.mk    the standard library (Go translated by minigo, plus C)
#   tests/build.mk     unit tests (cmocka) and the end-to-end runner
#
# The two commands a new user needs:  make run [FILE=prog.go]   and   make test
# Build products: bin/, lib/, build/ (all ignored by git).

CC      ?= cc
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g -std=gnu11 -Wall -Wextra -Wno-unused-parameter
RE2C    ?= re2c
LEMON   ?= lemon
PREFIX  ?= /usr/local
FILE    ?= testdata/docs/000_01_worker_pool.go

.DEFAULT_GOAL := all

# scripts/deps.sh installs what is missing (apt-get); a stamp keeps it quiet.
DEPS := build/.deps
$(DEPS): scripts/deps.sh
	@mkdir -p build
	@scripts/deps.sh
	@touch $@

.PHONY: all run test install clean deps
all: bin/minigo lib/minigo/libminigo.a

deps: $(DEPS)

include compiler/build.mk
include runtime/build.mk
include stdlib/build.mk
include tests/build.mk
include bench/build.mk

run: all
	@bin/minigo run $(FILE)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/minigo
	install -m 755 bin/minigo $(DESTDIR)$(PREFIX)/bin/minigo
	cp -R lib/minigo/. $(DESTDIR)$(PREFIX)/lib/minigo/

clean:
	rm -rf bin lib build
