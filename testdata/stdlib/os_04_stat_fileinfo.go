package main

import (
	"fmt"
	"os"
	"time"
)

// Stat and File.Stat of a file and a directory in a fresh temporary directory:
// name, size, mode (set with Chmod so that the umask does not matter), times.
func main() {
	dir, err := os.MkdirTemp("", "minigo-os04-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)

	p := dir + "/data.txt"
	if err := os.WriteFile(p, []byte("hello, world\n"), 0o600); err != nil {
		fmt.Println(err)
		return
	}
	os.Chmod(p, 0o644)
	fi, err := os.Stat(p)
	fmt.Println(err)
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm())
	fmt.Printf("%o %v\n", uint32(fi.Mode()), fi.Sys() == nil || fi.Sys() != nil)
	age := time.Since(fi.ModTime())
	fmt.Println("recent:", age > -time.Minute && age < time.Hour, !fi.ModTime().IsZero())

	os.Chmod(dir, 0o755)
	di, err := os.Stat(dir + "/")
	fmt.Println(err, di.IsDir(), di.Mode(), di.Mode().IsDir(), di.Mode().IsRegular())
	fmt.Println(di.Mode()&os.ModeDir != 0, di.Mode().Type() == os.ModeDir, di.Mode().Perm())

	f, _ := os.Open(p)
	fi2, err := f.Stat()
	fmt.Println(err, fi2.Name(), fi2.Size(), fi2.Mode(), os.SameFile(fi, fi2))
	f.Close()

	os.Chmod(p, 0o400)
	fi3, _ := os.Stat(p)
	fmt.Println(fi3.Mode(), os.SameFile(fi, di))
	os.Chmod(p, 0o4755)
	fi4, _ := os.Stat(p)
	fmt.Println(fi4.Mode(), fi4.Mode()&os.ModeSetuid != 0)

	// An empty file, a truncated one
	os.WriteFile(dir+"/empty", nil, 0o644)
	e, _ := os.Stat(dir + "/empty")
	fmt.Println(e.Name(), e.Size())
	fmt.Println(os.Truncate(p, 5))
	t, _ := os.Stat(p)
	fmt.Println(t.Size())
}
