package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// Rename of files and directories, over an existing file, onto a
// directory (Go's EEXIST), from a missing path; *LinkError's text.
func main() {
	dir, err := os.MkdirTemp("", "minigo-os08")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	rel := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "$D")
	}
	read := func(p string) string {
		b, err := os.ReadFile(dir + p)
		if err != nil {
			return rel(err)
		}
		return string(b)
	}

	os.WriteFile(dir+"/a", []byte("A"), 0o644)
	os.WriteFile(dir+"/b", []byte("B"), 0o644)
	fmt.Println(rel(os.Rename(dir+"/a", dir+"/c")))
	fmt.Println(read("/a"), read("/c"))
	fmt.Println(rel(os.Rename(dir+"/c", dir+"/b")))
	fmt.Println(read("/b"), read("/c"))

	err = os.Rename(dir+"/nope", dir+"/x")
	fmt.Println(rel(err), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var le *os.LinkError
	if errors.As(err, &le) {
		fmt.Println(le.Op, strings.TrimPrefix(le.Old, dir), strings.TrimPrefix(le.New, dir), le.Err)
	}

	os.Mkdir(dir+"/d1", 0o755)
	os.Mkdir(dir+"/d2", 0o755)
	os.WriteFile(dir+"/d1/in", []byte("inside"), 0o644)
	fmt.Println(rel(os.Rename(dir+"/d1", dir+"/d3")))
	fmt.Println(read("/d3/in"))
	err = os.Rename(dir+"/b", dir+"/d2")
	fmt.Println(rel(err), os.IsExist(err))
	err = os.Rename(dir+"/d3", dir+"/d2")
	fmt.Println(rel(err))
	err = os.Rename(dir+"/gone", dir+"/d2")
	fmt.Println(rel(err))
	err = os.Rename(dir+"/b", dir+"/nodir/b")
	fmt.Println(rel(err))
	fmt.Println(rel(os.Rename(dir+"/d3", dir+"/d2/sub")))
	fmt.Println(read("/d2/sub/in"))
}
