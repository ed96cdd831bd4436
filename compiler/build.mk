# compiler/build.mk — bin/minigo.
# Sources: every compiler/*.c, plus lexer.c from lexer.re (re2c) and parser.c
# from parser.y (lemon).  Generated C lives in build/compiler/, never committed.

COMPILER_SRCS := $(filter-out compiler/lexer.c compiler/parser.c,$(wildcard compiler/*.c))
COMPILER_GEN  := build/compiler/lexer.c build/compiler/parser.c
COMPILER_OBJS := $(patsubst compiler/%.c,build/compiler/%.o,$(COMPILER_SRCS)) \
                 build/compiler/lexer.o build/compiler/parser.o
# Objects without the command-line driver (for unit tests and the fuzzer).
COMPILER_LIB_OBJS := $(filter-out build/compiler/driver.o,$(COMPILER_OBJS))
COMPILER_CFLAGS := $(CFLAGS) -Icompiler -Ibuild/compiler

build/compiler/parser.c build/compiler/parser.h &: compiler/parser.y | $(DEPS)
	@mkdir -p build/compiler
	cp compiler/parser.y build/compiler/parser.y
	cd build/compiler && $(LEMON) -q -s parser.y >/dev/null && rm -f parser.y
	@# lemon keeps an unchanged parser.h with its old time: without this,
	@# the group stays out of date and every make regenerates and relinks
	touch build/compiler/parser.c build/compiler/parser.h

build/compiler/lexer.c: compiler/lexer.re build/compiler/parser.h | $(DEPS)
	@mkdir -p build/compiler
	$(RE2C) -W --no-generation-date --no-version -I /usr/share/re2c/stdlib -o $@ $<

build/compiler/%.o: compiler/%.c compiler/*.h build/compiler/parser.h | $(DEPS)
	@mkdir -p build/compiler
	$(CC) $(COMPILER_CFLAGS) -c -o $@ $<

build/compiler/%.o: build/compiler/%.c compiler/*.h build/compiler/parser.h
	$(CC) $(COMPILER_CFLAGS) -Wno-unused-variable -Wno-unused-but-set-variable -c -o $@ $<

bin/minigo: $(COMPILER_OBJS)
	@mkdir -p bin
	$(CC) $(CFLAGS) -o $@ $(COMPILER_OBJS) -lm

# The front end against Go's own sources (scripts/parse-corpus.sh), and the
# lexer/parser fuzzer (scripts/fuzz.sh; not part of "make test").
.PHONY: parse-corpus fuzz
FUZZTIME ?= 60
parse-corpus: bin/minigo
	scripts/parse-corpus.sh

fuzz: build/compiler/lexer.c build/compiler/parser.c
	FUZZTIME=$(FUZZTIME) scripts/fuzz.sh
