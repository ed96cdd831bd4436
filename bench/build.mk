# bench/build.mk — `make bench`: the runtime benchmarks of issue 5, run by
# minigo and (when installed) by Go, side by side.  Not part of `make test`.
# Knobs: BENCH_N (runs per measure, default 3; medians), BENCH_ONLY (a
# space-separated subset of measures), BENCH_TIMEOUT (seconds per run).
.PHONY: bench
bench: all
	@bench/run.sh
