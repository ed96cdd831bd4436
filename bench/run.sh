#!/bin/bash
# bench/run.sh — builds every bench/*.go with `bin/minigo build` and, when
# `go` is installed, with `go build`; runs each BENCH_N times (default 3,
# minigo and Go interleaved), takes medians and prints a table with the
# goals of issue 5.  Each program prints one line
#     BENCH <measure> value=<v> unit=<u> [key=value ...]
# and this script only reads those lines.  Peak RSS comes from /usr/bin/time.
#
#   BENCH_N=5 bench/run.sh            more runs
#   BENCH_ONLY="ring preempt" bench/run.sh
#   BENCH_TIMEOUT=60                  seconds before a run counts as hung
set -u
cd "$(dirname "$0")/.." || exit 2

N=${BENCH_N:-3}
ALL="spawn pingpong skynet ring select mutex timers recursion hotsplit preempt parallel memory"
MEASURES=${BENCH_ONLY:-$ALL}
TIMEOUT=${BENCH_TIMEOUT:-60}
OUT=build/bench
RES=$OUT/results.txt
mkdir -p "$OUT/minigo" "$OUT/go"
: >"$RES"

HAVE_GO=0
if command -v go >/dev/null 2>&1; then HAVE_GO=1; fi
HAVE_TIME=0
if [ -x /usr/bin/time ]; then HAVE_TIME=1; fi
IMPLS="minigo"
[ $HAVE_GO = 1 ] && IMPLS="minigo go"

echo "== bench: $(date -u '+%Y-%m-%d %H:%M:%S UTC'), $(nproc) CPUs, load average:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
echo "== minigo: $(bin/minigo version 2>&1 | head -1)"
[ $HAVE_GO = 1 ] && echo "== go: $(go version)" || echo "== go: not installed (minigo's figures only)"

# ---- build ----
declare -A BUILT
for m in $MEASURES; do
	if [ ! -f "bench/$m.go" ]; then echo "bench: no bench/$m.go" >&2; exit 2; fi
	if bin/minigo build -o "$OUT/minigo/$m" "bench/$m.go" >"$OUT/minigo/$m.log" 2>&1; then
		BUILT[minigo.$m]=1
	else
		echo "bench: minigo build of $m failed (see $OUT/minigo/$m.log)" >&2
	fi
	if [ $HAVE_GO = 1 ]; then
		if go build -o "$OUT/go/$m" "bench/$m.go" >"$OUT/go/$m.log" 2>&1; then
			BUILT[go.$m]=1
		else
			echo "bench: go build of $m failed (see $OUT/go/$m.log)" >&2
		fi
	fi
done

# ---- run ----
# one line per run in $RES:  impl measure run status maxrss_kib key=value...
declare -A DEAD
for m in $MEASURES; do
	printf '== %-10s' "$m"
	for r in $(seq 1 "$N"); do
		for impl in $IMPLS; do
			[ -n "${BUILT[$impl.$m]:-}" ] || { DEAD[$impl.$m]=nobuild; continue; }
			[ -n "${DEAD[$impl.$m]:-}" ] && continue
			t=$TIMEOUT
			# a spinner nobody preempts never lets main finish: do not wait long
			[ "$m" = preempt ] && [ "$t" -gt 15 ] && t=15
			tf=$OUT/$impl/$m.time
			: >"$tf"
			if [ $HAVE_TIME = 1 ]; then
				out=$(timeout -k 2 "$t" /usr/bin/time -f '%M' -o "$tf" "$OUT/$impl/$m" 2>"$OUT/$impl/$m.err")
			else
				out=$(timeout -k 2 "$t" "$OUT/$impl/$m" 2>"$OUT/$impl/$m.err")
			fi
			rc=$?
			line=$(printf '%s\n' "$out" | grep -m1 '^BENCH ')
			rss=$(grep -E '^[0-9]+$' "$tf" 2>/dev/null | tail -1)
			if [ $rc = 124 ] || [ $rc = 137 ]; then
				DEAD[$impl.$m]=timeout; printf ' %s:TIMEOUT' "$impl"
			elif [ $rc != 0 ] || [ -z "$line" ]; then
				DEAD[$impl.$m]=failed; printf ' %s:FAIL(rc=%s)' "$impl" "$rc"
			else
				echo "$impl $m $r ok ${rss:--} ${line#BENCH $m }" >>"$RES"
				printf ' %s' "$impl"
			fi
		done
	done
	echo
	for impl in $IMPLS; do
		[ -n "${DEAD[$impl.$m]:-}" ] && echo "$impl $m 0 ${DEAD[$impl.$m]} - " >>"$RES"
	done
done

# ---- table ----
echo
awk -v have_go=$HAVE_GO -v measures="$MEASURES" -v nruns="$N" '
function med(list,   a, n, i, j, t) {      # median of a space-separated list
	n = split(list, a, " ")
	if (n == 0) return ""
	for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j+1] = a[j]; a[j+1] = t }
	if (n % 2) return a[(n+1)/2] + 0
	return (a[n/2] + a[n/2+1]) / 2
}
function has(impl, m) { return ((impl SUBSEP m SUBSEP "value") in V) }
function get(impl, m, k) { return med(V[impl, m, k]) }
function fmtv(impl, m,   v, u) {
	if (!has(impl, m)) return (((impl, m) in ST) ? toupper(ST[impl, m]) : (impl == "go" && !have_go ? "-" : "n/a"))
	v = get(impl, m, "value"); u = U[impl, m]
	if (m == "preempt") return sprintf("%.1f/%.1f ms", v, get(impl, m, "p99"))
	if (m == "parallel") return sprintf("%.2fx (%.2f/%.2fs)", v, get(impl, m, "t1"), get(impl, m, "t2"))
	if (m == "hotsplit") return sprintf("%.2fx (d=%d)", v, get(impl, m, "worst_depth"))
	if (m == "memory") return sprintf("%d B", v)
	if (u == "s") return sprintf("%.3f s", v)
	return v " " u
}
{
	impl = $1; m = $2; st = $4
	if (st != "ok") { ST[impl, m] = st; next }
	if ($5 != "-") V[impl, m, "rss"] = V[impl, m, "rss"] " " $5
	for (i = 6; i <= NF; i++) {
		eq = index($i, "="); k = substr($i, 1, eq - 1); val = substr($i, eq + 1)
		if (k == "unit") { U[impl, m] = val; continue }
		if (val ~ /^-?[0-9.]+$/) V[impl, m, k] = V[impl, m, k] " " val
	}
}
END {
	goal["spawn"] = "<= Go"; goal["pingpong"] = "<= Go"; goal["skynet"] = "<= Go"; goal["ring"] = "<= Go"
	goal["select"] = "<= Go"; goal["mutex"] = "<= Go"; goal["timers"] = "<= Go"
	goal["recursion"] = "<= 0.5 x Go"; goal["hotsplit"] = "<= 1.5x no-boundary"
	goal["preempt"] = "median,p99 <= 15 ms"; goal["parallel"] = ">= 1.8x"; goal["memory"] = "<= 2048 B"
	fmt = "%-10s %-22s %-22s %-7s %-20s %-6s %10s %10s\n"
	printf fmt, "measure", "minigo", "Go 1.19", "ratio", "goal (issue 5)", "status", "rss-minigo", "rss-go"
	printf fmt, "-------", "------", "-------", "-----", "--------------", "------", "----------", "------"
	nm = split(measures, ms, " ")
	for (x = 1; x <= nm; x++) {
		m = ms[x]; ratio = "-"; status = "MISS"
		mg = has("minigo", m); g = has("go", m)
		if (mg && g && get("go", m, "value") > 0) ratio = sprintf("%.2f", get("minigo", m, "value") / get("go", m, "value"))
		if (!mg) status = "MISS"
		else if (m == "hotsplit") status = (get("minigo", m, "value") <= 1.5) ? "PASS" : "MISS"
		else if (m == "preempt") status = (get("minigo", m, "value") <= 15 && get("minigo", m, "p99") <= 15) ? "PASS" : "MISS"
		else if (m == "parallel") status = (get("minigo", m, "value") >= 1.8) ? "PASS" : "MISS"
		else if (m == "memory") status = (get("minigo", m, "value") <= 2048) ? "PASS" : "MISS"
		else if (ratio == "-") status = "n/a"
		else if (m == "recursion") status = (ratio + 0 <= 0.5) ? "PASS" : "MISS"
		else status = (ratio + 0 <= 1.0) ? "PASS" : "MISS"
		if (m == "preempt" || m == "parallel" || m == "hotsplit" || m == "memory") ratio = (ratio == "-") ? "-" : ratio
		rm = ((("minigo", m, "rss") in V) ? sprintf("%d KiB", get("minigo", m, "rss")) : "-")
		rg = ((("go", m, "rss") in V) ? sprintf("%d KiB", get("go", m, "rss")) : "-")
		printf fmt, m, fmtv("minigo", m), fmtv("go", m), ratio, goal[m], status, rm, rg
	}
	printf "\nmedians of %d run(s); ratio = minigo/Go (for preempt, parallel, hotsplit and memory the goal is on minigo'"'"'s own figure).\n", nruns
	printf "preempt: median/p99 of 20 sleeps of 10 ms under a call-free spinner, GOMAXPROCS=1. parallel: speedup (time GOMAXPROCS=1 / =2).\n"
	printf "hotsplit: worst depth / median depth, time per leaf call. rss-*: peak RSS of the whole run (/usr/bin/time).\n"
}' "$RES"
echo "== load average after:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
