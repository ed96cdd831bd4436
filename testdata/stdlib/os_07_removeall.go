package main

import (
	"fmt"
	"os"
	"strings"
)

// RemoveAll of trees, files, missing paths; Remove of a non-empty
// directory and of an empty one.
func main() {
	dir, err := os.MkdirTemp("", "minigo-os07-*.d")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasSuffix(dir, ".d"))
	rel := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), dir, "$D")
	}

	os.MkdirAll(dir+"/t/a/b/c", 0o755)
	for i := 0; i < 30; i++ {
		os.WriteFile(fmt.Sprintf("%s/t/a/f%02d", dir, i), []byte("data"), 0o644)
	}
	os.WriteFile(dir+"/t/a/b/c/deep", nil, 0o644)
	os.Symlink("../..", dir+"/t/a/b/loop")

	err = os.Remove(dir + "/t")
	fmt.Println(rel(err), os.IsExist(err))
	fmt.Println(rel(os.Remove(dir + "/t/a/b/c/deep")))
	fmt.Println(rel(os.Remove(dir + "/t/a/b/c")))
	err = os.Remove(dir + "/t/a/b/c")
	fmt.Println(rel(err), os.IsNotExist(err))

	fmt.Println(rel(os.RemoveAll(dir + "/t")))
	_, err = os.Stat(dir + "/t")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(rel(os.RemoveAll(dir + "/t")))
	fmt.Println(rel(os.RemoveAll(dir + "/missing/x/y")))
	fmt.Println(rel(os.RemoveAll("")))
	fmt.Println(rel(os.RemoveAll(dir + "/.")))

	os.WriteFile(dir+"/plain", []byte("x"), 0o644)
	fmt.Println(rel(os.RemoveAll(dir + "/plain")))
	_, err = os.Lstat(dir + "/plain")
	fmt.Println(rel(err))
	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries))
}
