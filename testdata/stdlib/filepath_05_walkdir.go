package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// WalkDir over a tree built in a temporary directory: lexical order,
// DirEntry types, SkipDir on a directory and on a file, an error that
// stops the walk, a missing root.
func build(root string) {
	for _, d := range []string{"b", "d/y", "d/z", "a.dir"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	for _, f := range []string{"a", "c", "d/x", "d/z/u", "d/z/v", "a.dir/f1", "a.dir/F0", "Z"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0o644)
	}
	os.Symlink("d/z", filepath.Join(root, "ln"))
}

func main() {
	root, err := os.MkdirTemp("", "minigo-fp05-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	build(root)
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		if err != nil {
			return "?" + err.Error()
		}
		return r
	}

	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if p == root {
			name = filepath.Base(root)[:len("minigo-fp05-")] + "*"
		}
		fmt.Printf("%-10s dir=%-5v type=%v name=%s\n", rel(p), d.IsDir(), d.Type(), name)
		return nil
	})
	fmt.Println("walk:", err)

	fmt.Println("-- skip d and files after a.dir/F0")
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		fmt.Println(rel(p))
		if d.Name() == "d" {
			return filepath.SkipDir
		}
		if d.Name() == "F0" {
			return fs.SkipDir // in a directory: skips the rest of it
		}
		return nil
	})

	fmt.Println("-- stop")
	stop := errors.New("enough")
	n := 0
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		n++
		if n == 4 {
			return stop
		}
		return nil
	})
	fmt.Println(n, err, err == stop)

	fmt.Println("-- missing root")
	missing := filepath.Join(root, "nope")
	err = filepath.WalkDir(missing, func(p string, d fs.DirEntry, err error) error {
		fmt.Println(rel(p), d == nil, strings.ReplaceAll(fmt.Sprint(err), root, "$R"))
		return err
	})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), root, "$R"), os.IsNotExist(err))

	fmt.Println("-- root is a file")
	filepath.WalkDir(filepath.Join(root, "d/x"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println(rel(p), d.IsDir(), err)
		return nil
	})

	fmt.Println("-- relative root")
	wd, _ := os.Getwd()
	os.Chdir(root)
	filepath.WalkDir("d", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p)
		return nil
	})
	os.Chdir(wd)
}
