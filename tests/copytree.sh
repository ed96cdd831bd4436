# tests/copytree.sh — sourced by the scripts that build the tree a second
# time with other flags (stress.sh, tsan.sh, asan.sh), so that the normal
# build is left alone.
#   dir=$(copy_tree NAME)   the sources (no build, bin, lib, .git) in a new
#                           ${TMPDIR:-/tmp}/minigo-NAME.XXXXXX
copy_tree() {
	local dir
	dir=$(mktemp -d "${TMPDIR:-/tmp}/minigo-$1.XXXXXX") || return 1
	tar --exclude=./build --exclude=./bin --exclude=./lib --exclude=./.git -cf - . |
		tar -C "$dir" -xf - || return 1
	echo "$dir"
}
