#!/usr/bin/env bash
# tests/e2e.sh — minigo's end-to-end tests: run Go programs, compare with golden files.
#
#   tests/e2e.sh [-v] [-j N] [DIR|FILE...]      (default: all of testdata/)
#
# Every testdata/**/NAME.go with a NAME.want beside it is a test (folders named
# "completed" hold helper files and are skipped).  The program is run from the repo
# root as  $MINIGO run testdata/.../NAME.go [-- ARGS]  and compared with NAME.want,
# whose format is described in tests/README.md.  Summary: leading "#! " lines are
# directives (exit N, stderr TEXT, stderr-any, mode exact|sorted|oneof|any, or, skip
# REASON, nopreempt REASON, args, env, timeout SECONDS, stdin FILE, mask ERE), the
# rest is the expected
# stdout, byte for byte.
#
# Output: one line per failure (with a short diff) and per skip; the last line is
# machine-readable:  e2e-summary: passed=N failed=M skipped=K
# Exit status 1 if any test failed.
#
# Environment: MINIGO (binary to test, default bin/minigo), E2E_JOBS (parallel jobs,
# default nproc), E2E_VERBOSE=1 (also list passes; same as -v), E2E_RUN_SKIPPED=0
# (do not run tests marked skip), E2E_TIMEOUT_SCALE (multiply every timeout, integer),
# E2E_PREEMPT_STRESS=1 (the runtime preempts every 100 us: skip tests marked nopreempt).
# Needs only bash, coreutils, findutils (find, xargs), diffutils and sed: all part of
# every Debian system (no Go, no python).
set -uo pipefail

CALLER_PWD=$PWD
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

MINIGO=${MINIGO:-$ROOT/bin/minigo}
if [[ $MINIGO == */* && $MINIGO != /* ]]; then MINIGO=$CALLER_PWD/$MINIGO; fi
E2E_JOBS=${E2E_JOBS:-$(nproc 2>/dev/null || echo 2)}
E2E_VERBOSE=${E2E_VERBOSE:-0}
E2E_RUN_SKIPPED=${E2E_RUN_SKIPPED:-1}
E2E_TIMEOUT_SCALE=${E2E_TIMEOUT_SCALE:-1}

while (($#)); do
	case $1 in
		-v) E2E_VERBOSE=1; shift ;;
		-j) E2E_JOBS=$2; shift 2 ;;
		-j*) E2E_JOBS=${1#-j}; shift ;;
		-h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}"; exit 0 ;;
		--) shift; break ;;
		*) break ;;
	esac
done

cd "$ROOT" || exit 1
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/minigo-e2e.XXXXXX") || exit 1
trap 'rm -rf "$TMPD"' EXIT
MINIGO_OK=1
if [[ ! -x $MINIGO ]] && ! command -v "$MINIGO" >/dev/null 2>&1; then
	MINIGO_OK=0
	echo "e2e: warning: $MINIGO not found or not executable (every test will fail)" >&2
fi
export ROOT MINIGO MINIGO_OK TMPD E2E_VERBOSE E2E_RUN_SKIPPED E2E_TIMEOUT_SCALE

# --- the list of tests (paths relative to the repo root) ---------------------------
list=$TMPD/list
: >"$list"
add_dir() {
	find "$1" -name completed -prune -o -name '*.go' -type f -print | LC_ALL=C sort |
		while IFS= read -r g; do
			[[ -f ${g%.go}.want ]] && printf '%s\0' "$g"
		done >>"$list"
}
if (($# == 0)); then
	add_dir testdata
else
	for a in "$@"; do
		[[ $a == /* ]] || a=$CALLER_PWD/$a
		if [[ -d $a ]]; then
			add_dir "$(realpath -m --relative-to="$ROOT" "$a")"
		else
			a=${a%.want}; a=${a%.go}.go
			printf '%s\0' "$(realpath -m --relative-to="$ROOT" "$a")" >>"$list"
		fi
	done
fi

# --- one test -----------------------------------------------------------------------
# Prints "PASS name", "FAIL name: why" + indented details, or "SKIP name: reason".
run_one() {
	local f=$1 w=${1%.go}.want
	local t
	t=$(mktemp -d "$TMPD/t.XXXXXX") || return
	local res=$t/result

	if [[ ! -f $f || ! -f $w ]]; then
		echo "FAIL $f: no such test (need $f and $w)" >"$res"
		cat "$res"; rm -rf "$t"; return
	fi

	local exp_exit=0 stderr_mode=empty stderr_text="" mode=exact skip="" tmo=10 stdin=/dev/null
	local nopreempt=
	local -a args=() envs=() masks=()
	local nd=0 line key val bad=
	while IFS= read -r line || [[ -n $line ]]; do
		[[ $line == '#! '* ]] || break
		val=${line#'#! '}
		key=${val%% *}
		if [[ $val == *' '* ]]; then val=${val#* }; else val=; fi
		case $key in
			or) break ;;                      # the body starts with an alternative separator
			exit) exp_exit=$val ;;
			stderr) stderr_mode=line; stderr_text=$val ;;
			stderr-any) stderr_mode=any ;;
			mode) mode=$val ;;
			skip) skip=${val:-"(no reason given)"} ;;
			nopreempt) nopreempt=${val:-"(no reason given)"} ;;
			args) read -r -a args <<<"$val" ;;
			env) read -r -a envs <<<"$val" ;;
			timeout) tmo=$val ;;
			stdin) stdin=$(dirname "$w")/$val ;;
			mask) masks+=("$val") ;;
			*) bad="unknown directive '#! $key'" ;;
		esac
		nd=$((nd + 1))
	done <"$w"
	case $mode in exact|sorted|oneof|any) ;; *) bad="unknown mode '$mode'" ;; esac
	[[ $exp_exit =~ ^[0-9]+$ ]] || bad="bad exit '$exp_exit'"
	[[ $tmo =~ ^[0-9]+([.][0-9]+)?$ ]] || bad="bad timeout '$tmo'"
	if [[ -n $bad ]]; then
		echo "FAIL $f: $w: $bad" >"$res"
		cat "$res"; rm -rf "$t"; return
	fi
	if [[ -n $nopreempt && ${E2E_PREEMPT_STRESS:-0} == 1 ]]; then
		echo "SKIP $f: under forced preemption: $nopreempt" >"$res"
		cat "$res"; rm -rf "$t"; return
	fi
	if [[ -n $skip && $E2E_RUN_SKIPPED == 0 ]]; then
		echo "SKIP $f: $skip" >"$res"
		cat "$res"; rm -rf "$t"; return
	fi
	[[ $E2E_TIMEOUT_SCALE != 1 ]] && tmo=$(( ${tmo%.*} * E2E_TIMEOUT_SCALE ))

	# run
	local -a cmd=("$MINIGO" run "$f")
	((${#args[@]})) && cmd+=(-- "${args[@]}")
	(
		ulimit -f 262144 2>/dev/null   # 256 MiB of output at most
		exec env ${envs[@]+"${envs[@]}"} timeout -k 2 "$tmo" "${cmd[@]}" <"$stdin" >"$t/out" 2>"$t/err"
	)
	local rc=$?

	# compare
	local -a why=()
	local show_err=0 show_diff=0 fatal=0
	if ((rc != exp_exit)); then
		if ((rc == 124 && exp_exit != 124)); then
			why+=("timed out after ${tmo}s"); fatal=1
		elif ((rc == 126 || rc == 127)) && ((!MINIGO_OK)); then
			why+=("cannot run $MINIGO (exit $rc)"); fatal=1
		else
			why+=("exit $rc, want $exp_exit")
		fi
		show_err=1
	fi
	local first=
	((fatal)) && stderr_mode=any && mode=any
	case $stderr_mode in
		empty)
			if [[ -s $t/err ]]; then why+=("stderr not empty"); show_err=1; fi ;;
		line)
			IFS= read -r first <"$t/err" || true
			if [[ $first != "$stderr_text" ]]; then
				why+=("stderr first line differs")
				show_err=2
			fi ;;
	esac

	if [[ $mode != any ]]; then
		tail -n +$((nd + 1)) "$w" >"$t/exp"
		# alternatives (oneof and sorted modes): split the body at lines "#! or"
		local -a alts=()
		if [[ $mode == oneof || $mode == sorted ]]; then
			local k=0 cur=$t/alt0 more=1
			: >"$cur"; alts=("$cur")
			while ((more)); do
				line=
				IFS= read -r line || more=0
				if ((more)); then
					if [[ $line == '#! or' ]]; then
						k=$((k + 1)); cur=$t/alt$k; : >"$cur"; alts+=("$cur")
					else
						printf '%s\n' "$line" >>"$cur"
					fi
				elif [[ -n $line ]]; then
					printf '%s' "$line" >>"$cur"   # last line without newline
				fi
			done <"$t/exp"
		else
			alts=("$t/exp")
		fi
		local act=$t/out a
		if ((${#masks[@]})); then
			mask_file "$act" "$t/out.m"; act=$t/out.m
			for a in "${alts[@]}"; do mask_file "$a" "$a.m"; mv "$a.m" "$a"; done
		fi
		if [[ $mode == sorted ]]; then
			LC_ALL=C sort "$act" >"$t/out.s"; act=$t/out.s
			for a in "${alts[@]}"; do LC_ALL=C sort "$a" >"$a.s"; mv "$a.s" "$a"; done
		fi
		local ok=0
		for a in "${alts[@]}"; do
			if cmp -s "$a" "$act"; then ok=1; break; fi
		done
		if ((!ok)); then
			if ((${#alts[@]} > 1)); then
				why+=("stdout ($mode) matches none of ${#alts[@]} alternatives (diff with the first: -want +got)")
			else
				why+=("stdout differs ($mode; -want +got)")
			fi
			show_diff=1
		fi
	fi

	if [[ -n $skip ]]; then
		if ((${#why[@]} == 0)); then
			echo "SKIP $f: $skip -- now passes: remove the skip" >"$res"
		else
			echo "SKIP $f: $skip" >"$res"
		fi
	elif ((${#why[@]} == 0)); then
		echo "PASS $f" >"$res"
	else
		local joined=${why[0]} i
		for ((i = 1; i < ${#why[@]}; i++)); do joined+="; ${why[i]}"; done
		{
			echo "FAIL $f: $joined"
			if ((show_diff)); then
				diff -u --label want --label got "${alts[0]}" "$act" | tail -n +3 | head -n 12 | cut -c1-160 | indent_lines
			fi
			if ((show_err == 2)); then
				printf '    want stderr: %s\n' "$stderr_text" | cut -c1-200
				printf '    got  stderr: %s\n' "$first" | cut -c1-200
			elif ((show_err)); then
				head -n 4 "$t/err" | cut -c1-160 | indent_lines "stderr| "
			fi
		} >"$res"
	fi
	cat "$res"   # one write: results of parallel jobs do not interleave
	rm -rf "$t"
}

indent_lines() { # prefix every line with 4 spaces (and $1)
	local l
	while IFS= read -r l || [[ -n $l ]]; do printf '    %s%s\n' "${1:-}" "$l"; done
}

# mask_file IN OUT: every match of each #! mask ERE becomes "*" (sed -E, s///g; sed is
# Essential in Debian, like coreutils and diff).
mask_file() {
	local -a script=()
	local re d=$'\001'
	for re in "${masks[@]}"; do script+=(-e "s${d}${re}${d}*${d}g"); done
	sed -E "${script[@]}" "$1" >"$2"
}
export -f run_one indent_lines mask_file

# --- run them all ---------------------------------------------------------------------
pass=0 fail=0 skip=0
while IFS= read -r line; do
	case $line in
		"PASS "*) pass=$((pass + 1)); ((E2E_VERBOSE)) && echo "$line" ;;
		"FAIL "*) fail=$((fail + 1)); echo "$line" ;;
		"SKIP "*) skip=$((skip + 1)); echo "$line" ;;
		*) echo "$line" ;;
	esac
done < <(xargs -0 -r -P "$E2E_JOBS" -n 1 bash -c 'run_one "$1"' _ <"$list")

echo "e2e-summary: passed=$pass failed=$fail skipped=$skip"
((fail == 0))
