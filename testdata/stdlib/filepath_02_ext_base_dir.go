package main

// Tables from Go 1.19's path/filepath/path_test.go and match_test.go (BSD
// license, stdlib/LICENSE), the Unix ones, run through path/filepath; the
// output is Go's.

import (
	"fmt"
	"path/filepath"
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

type SplitListTest struct {
	list   string
	result []string
}

type VolumeNameTest struct {
	path string
	vol  string
}

const lsep = filepath.ListSeparator

var exttests = []ExtTest{
	{"path.go", ".go"},
	{"path.pb.go", ".go"},
	{"a.dir/b", ""},
	{"a.dir/b.go", ".go"},
	{"a.dir/", ""},
}

var basetests = []PathTest{
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
	{"a/b/.x", "a/b"},
	{"a/b/c.", "a/b"},
	{"a/b/c.x", "a/b"},
}

var isabstests = []IsAbsTest{
	{"", false},
	{"/", true},
	{"/usr/bin/gcc", true},
	{"..", false},
	{"/a/../bb", true},
	{".", false},
	{"./", false},
	{"lala", false},
}

var splitlisttests = []SplitListTest{
	{"", []string{}},
	{string([]byte{'a', lsep, 'b'}), []string{"a", "b"}},
	{string([]byte{lsep, 'a', lsep, 'b'}), []string{"", "a", "b"}},
}

func main() {
	for _, t := range exttests {
		fmt.Printf("Ext(%q) = %q\n", t.path, filepath.Ext(t.path))
	}
	for _, t := range basetests {
		fmt.Printf("Base(%q) = %q\n", t.path, filepath.Base(t.path))
	}
	for _, t := range dirtests {
		fmt.Printf("Dir(%q) = %q\n", t.path, filepath.Dir(t.path))
	}
	for _, t := range isabstests {
		fmt.Printf("IsAbs(%q) = %v\n", t.path, filepath.IsAbs(t.path))
	}
	for _, t := range splitlisttests {
		l := filepath.SplitList(t.list)
		fmt.Printf("SplitList(%q) = %q %d %v\n", t.list, l, len(l), l != nil)
	}
	for _, p := range []string{"", "/a", "c:/a", `\\host\share`, "a/b"} {
		fmt.Printf("VolumeName(%q) = %q\n", p, filepath.VolumeName(p))
	}
}
