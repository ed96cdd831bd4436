package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// CreateTemp and MkdirTemp: patterns with and without '*', the default
// directory, unique names, a separator in the pattern, a missing directory.
func main() {
	dir, err := os.MkdirTemp("", "minigo-os14-*-x")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	base := filepath.Base(dir)
	fmt.Println(strings.HasPrefix(base, "minigo-os14-"), strings.HasSuffix(base, "-x"), filepath.Dir(dir) == filepath.Clean(os.TempDir()))
	fi, _ := os.Stat(dir)
	fmt.Println(fi.IsDir(), fi.Mode().Perm()&0o700)

	seen := map[string]bool{}
	for i := 0; i < 20; i++ {
		f, err := os.CreateTemp(dir, "log.*.txt")
		if err != nil {
			fmt.Println(err)
			return
		}
		n := filepath.Base(f.Name())
		if !strings.HasPrefix(n, "log.") || !strings.HasSuffix(n, ".txt") || seen[n] {
			fmt.Println("bad name", n)
		}
		seen[n] = true
		fmt.Fprintf(f, "file %d\n", i)
		f.Close()
	}
	fmt.Println(len(seen))
	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries))

	f, err := os.CreateTemp(dir, "plain")
	fmt.Println(err, strings.HasPrefix(filepath.Base(f.Name()), "plain"), filepath.Dir(f.Name()) == dir)
	st, _ := f.Stat()
	fmt.Println(st.Mode())
	f.WriteString("abc")
	f.Close()
	b, _ := os.ReadFile(f.Name())
	fmt.Println(string(b))

	sub, err := os.MkdirTemp(dir, "")
	fmt.Println(err, filepath.Dir(sub) == dir)

	_, err = os.CreateTemp(dir, "a/b*")
	fmt.Println(err)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	_, err = os.MkdirTemp(dir, "x/*")
	fmt.Println(err)
	_, err = os.MkdirTemp(dir+"/missing", "t*")
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$D"), os.IsNotExist(err))
	_, err = os.CreateTemp(dir+"/missing", "t*")
	fmt.Println(os.IsNotExist(err))
}
