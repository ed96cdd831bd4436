package main

// Tables from Go 1.19's path/path_test.go and match_test.go (BSD license,
// stdlib/LICENSE), run through package path; the output is Go's.

import (
	"fmt"
	"path"
)

type MatchTest struct {
	pattern, s string
	match      bool
	err        error
}

var matchTests = []MatchTest{
	{"abc", "abc", true, nil},
	{"*", "abc", true, nil},
	{"*c", "abc", true, nil},
	{"a*", "a", true, nil},
	{"a*", "abc", true, nil},
	{"a*", "ab/c", false, nil},
	{"a*/b", "abc/b", true, nil},
	{"a*/b", "a/c/b", false, nil},
	{"a*b*c*d*e*/f", "axbxcxdxe/f", true, nil},
	{"a*b*c*d*e*/f", "axbxcxdxexxx/f", true, nil},
	{"a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false, nil},
	{"a*b*c*d*e*/f", "axbxcxdxexxx/fff", false, nil},
	{"a*b?c*x", "abxbbxdbxebxczzx", true, nil},
	{"a*b?c*x", "abxbbxdbxebxczzy", false, nil},
	{"ab[c]", "abc", true, nil},
	{"ab[b-d]", "abc", true, nil},
	{"ab[e-g]", "abc", false, nil},
	{"ab[^c]", "abc", false, nil},
	{"ab[^b-d]", "abc", false, nil},
	{"ab[^e-g]", "abc", true, nil},
	{"a\\*b", "a*b", true, nil},
	{"a\\*b", "ab", false, nil},
	{"a?b", "a☺b", true, nil},
	{"a[^a]b", "a☺b", true, nil},
	{"a???b", "a☺b", false, nil},
	{"a[^a][^a][^a]b", "a☺b", false, nil},
	{"[a-ζ]*", "α", true, nil},
	{"*[a-ζ]", "A", false, nil},
	{"a?b", "a/b", false, nil},
	{"a*b", "a/b", false, nil},
	{"[\\]a]", "]", true, nil},
	{"[\\-]", "-", true, nil},
	{"[x\\-]", "x", true, nil},
	{"[x\\-]", "-", true, nil},
	{"[x\\-]", "z", false, nil},
	{"[\\-x]", "x", true, nil},
	{"[\\-x]", "-", true, nil},
	{"[\\-x]", "a", false, nil},
	{"[]a]", "]", false, path.ErrBadPattern},
	{"[-]", "-", false, path.ErrBadPattern},
	{"[x-]", "x", false, path.ErrBadPattern},
	{"[x-]", "-", false, path.ErrBadPattern},
	{"[x-]", "z", false, path.ErrBadPattern},
	{"[-x]", "x", false, path.ErrBadPattern},
	{"[-x]", "-", false, path.ErrBadPattern},
	{"[-x]", "a", false, path.ErrBadPattern},
	{"\\", "a", false, path.ErrBadPattern},
	{"[a-b-c]", "a", false, path.ErrBadPattern},
	{"[", "a", false, path.ErrBadPattern},
	{"[^", "a", false, path.ErrBadPattern},
	{"[^bc", "a", false, path.ErrBadPattern},
	{"a[", "a", false, path.ErrBadPattern},
	{"a[", "ab", false, path.ErrBadPattern},
	{"a[", "x", false, path.ErrBadPattern},
	{"a/b[", "x", false, path.ErrBadPattern},
	{"*x", "xxx", true, nil},
}

func main() {
	for _, t := range matchTests {
		ok, err := path.Match(t.pattern, t.s)
		fmt.Printf("Match(%q, %q) = %v, %v\n", t.pattern, t.s, ok, err)
	}
	fmt.Println(path.ErrBadPattern)
}
