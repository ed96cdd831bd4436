package main

import (
	"fmt"
	"os"
	"strings"
)

// Symlink, Readlink, Lstat against Stat, dangling links, Link.
func main() {
	dir, err := os.MkdirTemp("", "minigo-os15-")
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
	os.WriteFile(dir+"/target", []byte("0123456789"), 0o644)
	os.Chmod(dir+"/target", 0o640)
	fmt.Println(rel(os.Symlink("target", dir+"/ln")))
	err = os.Symlink("target", dir+"/ln")
	fmt.Println(rel(err), os.IsExist(err))

	l, err := os.Lstat(dir + "/ln")
	fmt.Println(err, l.Name(), l.Mode()&os.ModeSymlink != 0, l.Mode().Type(), l.Size(), l.Mode().IsRegular())
	s, err := os.Stat(dir + "/ln")
	fmt.Println(err, s.Name(), s.Mode(), s.Size(), s.Mode().IsRegular())
	t, _ := os.Stat(dir + "/target")
	fmt.Println(os.SameFile(s, t), os.SameFile(l, t))
	target, err := os.Readlink(dir + "/ln")
	fmt.Println(target, err)
	_, err = os.Readlink(dir + "/target")
	fmt.Println(rel(err))

	os.Symlink(dir+"/nowhere", dir+"/dangling")
	_, err = os.Stat(dir + "/dangling")
	fmt.Println(rel(err), os.IsNotExist(err))
	d, err := os.Lstat(dir + "/dangling")
	fmt.Println(err, d.Mode().Type() == os.ModeSymlink)
	target, _ = os.Readlink(dir + "/dangling")
	fmt.Println(strings.TrimPrefix(target, dir))

	os.Mkdir(dir+"/d", 0o755)
	os.Symlink("d", dir+"/dl")
	dl, _ := os.Lstat(dir + "/dl")
	ds, _ := os.Stat(dir + "/dl")
	fmt.Println(dl.IsDir(), ds.IsDir(), dl.Mode().Type(), ds.Mode().Type())

	fmt.Println(rel(os.Link(dir+"/target", dir+"/hard")))
	h, _ := os.Stat(dir + "/hard")
	fmt.Println(os.SameFile(h, t), h.Name(), h.Size())
	fmt.Println(rel(os.Link(dir+"/nope", dir+"/hard2")))

	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.Type(), e.IsDir())
	}
}
