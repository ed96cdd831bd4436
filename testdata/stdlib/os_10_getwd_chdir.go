package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Getwd and Chdir: into a temporary directory and its subdirectories,
// relative paths after Chdir, errors for missing directories and files.
func main() {
	start, err := os.Getwd()
	fmt.Println(err, filepath.IsAbs(start))
	dir, err := os.MkdirTemp("", "minigo-os10-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	// The real path: the temporary directory may be reached through a link.
	real, err := filepath.EvalSymlinks(dir)
	fmt.Println(err)

	os.MkdirAll(dir+"/one/two", 0o755)
	fmt.Println(os.Chdir(dir))
	wd, err := os.Getwd()
	fmt.Println(err, wd == real)
	fmt.Println(os.Chdir("one/two"))
	wd, _ = os.Getwd()
	fmt.Println(strings.TrimPrefix(wd, real))
	os.WriteFile("here.txt", []byte("relative"), 0o644)
	b, err := os.ReadFile(real + "/one/two/here.txt")
	fmt.Println(string(b), err)
	fmt.Println(os.Chdir(".."))
	wd, _ = os.Getwd()
	fmt.Println(strings.TrimPrefix(wd, real))
	abs, _ := filepath.Abs("two/here.txt")
	fmt.Println(strings.TrimPrefix(abs, real))

	err = os.Chdir("missing")
	fmt.Println(err, os.IsNotExist(err))
	err = os.Chdir("two/here.txt")
	fmt.Println(err)
	var pe *os.PathError
	fmt.Println(fmt.Sprintf("%T", err), err.(*os.PathError).Op, pe == nil)

	fmt.Println(os.Chdir(start))
	back, _ := os.Getwd()
	fmt.Println(back == start)
}
