package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Abs relative to a working directory set with Chdir (Go's absTests),
// EvalSymlinks through relative and absolute links, loops and missing
// targets, filepath.Split/Join round trips of the results.
var absTests = []string{
	".",
	"b",
	"b/",
	"../a",
	"../a/b",
	"../a/b/./c/../../.././a",
	"../a/b/./c/../../.././a/",
	"$",
	"$/.",
	"$/a/../a/b",
	"$/a/b/c/../../.././a",
	"$/a/b/c/../../.././a/",
}

func main() {
	tmp, err := os.MkdirTemp("", "minigo-fp08-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(tmp)
	root, err := filepath.EvalSymlinks(tmp)
	fmt.Println(err, filepath.IsAbs(root))
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	for _, d := range []string{"a", "a/b", "a/b/c"} {
		os.Mkdir(filepath.Join(root, d), 0o777)
	}
	os.Chdir(filepath.Join(root, "a"))
	for _, p := range absTests {
		p = strings.ReplaceAll(p, "$", root)
		abs, err := filepath.Abs(p)
		fmt.Printf("%-40q %q %v\n", strings.ReplaceAll(p, root, "$"), strings.ReplaceAll(abs, root, "$"), err)
	}

	os.Chdir(root)
	os.WriteFile("a/b/c/file", []byte("x"), 0o644)
	os.Symlink("a/b", "lb")
	os.Symlink("../../..", "a/b/c/up")
	os.Symlink(filepath.Join(root, "a/b/c/file"), "absfile")
	os.Symlink("loop2", "loop1")
	os.Symlink("loop1", "loop2")
	os.Symlink("nowhere", "dangling")
	for _, p := range []string{
		"lb", "lb/c/file", "a/b/c/up", "a/b/c/up/lb/c", "absfile", "./a/../lb/",
		"loop1", "dangling", "a/b/c/file/x", ".", "",
	} {
		r, err := filepath.EvalSymlinks(p)
		e := ""
		if err != nil {
			e = strings.ReplaceAll(err.Error(), root, "$")
		}
		fmt.Printf("%-16q %q %s\n", p, strings.ReplaceAll(r, root, "$"), e)
	}
	dir, file := filepath.Split(filepath.Join("lb", "c", "file"))
	fmt.Println(dir, file, filepath.Join(dir, file))
}
