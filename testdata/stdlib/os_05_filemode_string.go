package main

import (
	"fmt"
	"io/fs"
	"os"
)

// FileMode's String and predicates for every type bit (Go's table).
func main() {
	modes := []os.FileMode{
		0, 0644, 0755, 0777, 0600, 0400, 01,
		os.ModeDir | 0755,
		os.ModeSymlink | 0777,
		os.ModeNamedPipe | 0600,
		os.ModeSocket | 0755,
		os.ModeDevice | 0660,
		os.ModeDevice | os.ModeCharDevice | 0666,
		os.ModeSetuid | 0755,
		os.ModeSetgid | 0755,
		os.ModeSticky | os.ModeDir | 0777,
		os.ModeAppend | 0644,
		os.ModeExclusive | 0644,
		os.ModeTemporary | 0644,
		os.ModeIrregular | 0644,
		os.ModeType,
		^os.FileMode(0),
	}
	for _, m := range modes {
		fmt.Printf("%-14s %-5v %-5v %v %v %032b\n", m.String(), m.IsDir(), m.IsRegular(), m.Perm(), m.Type(), uint32(m))
	}
	fmt.Println(os.ModePerm, fs.ModePerm == os.ModePerm)
	var m fs.FileMode = 0o750 | fs.ModeDir
	fmt.Printf("%v %s %d %o\n", m, m, m, m)
	fmt.Println(os.ModeDir, os.ModeSymlink)
}
