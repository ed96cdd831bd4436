package main

// Tables from Go 1.19's path/path_test.go and match_test.go (BSD license,
// stdlib/LICENSE), run through package path; the output is Go's.

import (
	"fmt"
	"path"
)

type PathTest struct {
	path, result string
}

type ExtTest struct {
	path, ext string
}

type IsAbsTest struct {
	path  string
	isAbs bool
}

var exttests = []ExtTest{
	{"path.go", ".go"},
	{"path.pb.go", ".go"},
	{"a.dir/b", ""},
	{"a.dir/b.go", ".go"},
	{"a.dir/", ""},
}

var basetests = []PathTest{
	// Already clean
	{"", "."},
	{".", "."},
	{"/.", "."},
	{"/", "/"},
	{"////", "/"},
	{"x/", "x"},
	{"abc", "abc"},
	{"abc/def", "def"},
	{"a/b/.x", ".x"},
	{"a/b/c.", "c."},
	{"a/b/c.x", "c.x"},
}

var dirtests = []PathTest{
	{"", "."},
	{".", "."},
	{"/.", "/"},
	{"/", "/"},
	{"////", "/"},
	{"/foo", "/"},
	{"x/", "x"},
	{"abc", "."},
	{"abc/def", "abc"},
	{"abc////def", "abc"},
	{"a/b/.x", "a/b"},
	{"a/b/c.", "a/b"},
	{"a/b/c.x", "a/b"},
}

var isAbsTests = []IsAbsTest{
	{"", false},
	{"/", true},
	{"/usr/bin/gcc", true},
	{"..", false},
	{"/a/../bb", true},
	{".", false},
	{"./", false},
	{"lala", false},
}

func main() {
	for _, t := range exttests {
		fmt.Printf("Ext(%q) = %q\n", t.path, path.Ext(t.path))
	}
	for _, t := range basetests {
		fmt.Printf("Base(%q) = %q\n", t.path, path.Base(t.path))
	}
	for _, t := range dirtests {
		fmt.Printf("Dir(%q) = %q\n", t.path, path.Dir(t.path))
	}
	for _, t := range isAbsTests {
		fmt.Printf("IsAbs(%q) = %v\n", t.path, path.IsAbs(t.path))
	}
}
