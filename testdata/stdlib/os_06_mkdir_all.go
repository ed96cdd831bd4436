package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

// Mkdir and MkdirAll: nested creation, existing directories, a file in the
// way, Go's error texts (with the temporary prefix removed).
func main() {
	dir, err := os.MkdirTemp("", "minigo-os06-")
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

	fmt.Println(rel(os.Mkdir(dir+"/a", 0o755)))
	err = os.Mkdir(dir+"/a", 0o755)
	fmt.Println(rel(err), os.IsExist(err), errors.Is(err, os.ErrExist), errors.Is(err, os.ErrNotExist))
	err = os.Mkdir(dir+"/x/y", 0o755)
	fmt.Println(rel(err), os.IsNotExist(err))

	fmt.Println(rel(os.MkdirAll(dir+"/b/c/d/e", 0o755)))
	fmt.Println(rel(os.MkdirAll(dir+"/b/c/d/e", 0o755)))
	fmt.Println(rel(os.MkdirAll(dir+"/b/c//f/", 0o700)))
	fmt.Println(rel(os.MkdirAll(dir+"/b/./g/.", 0o700)))
	for _, p := range []string{"/b", "/b/c", "/b/c/d/e", "/b/c/f", "/b/g"} {
		fi, err := os.Stat(dir + p)
		fmt.Println(p, err == nil && fi.IsDir())
	}

	os.WriteFile(dir+"/file", []byte("x"), 0o644)
	err = os.MkdirAll(dir+"/file", 0o755)
	fmt.Println(rel(err))
	err = os.MkdirAll(dir+"/file/sub", 0o755)
	fmt.Println(rel(err))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, strings.TrimPrefix(pe.Path, dir))
	err = os.Mkdir(dir+"/file", 0o755)
	fmt.Println(rel(err), os.IsExist(err))
}
