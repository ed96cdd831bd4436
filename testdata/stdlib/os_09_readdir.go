package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// os.ReadDir (sorted), DirEntry's Name/IsDir/Type/Info, File.ReadDir and
// Readdirnames in chunks with io.EOF, ReadDir of a missing path and of a file.
func main() {
	dir, err := os.MkdirTemp("", "minigo-os09-*")
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

	for _, n := range []string{"zeta.txt", "alpha.go", "Beta", "_under", "10", "9"} {
		os.WriteFile(dir+"/"+n, []byte(n), 0o644)
	}
	os.Mkdir(dir+"/sub", 0o755)
	os.Mkdir(dir+"/a-dir", 0o755)
	os.Symlink("alpha.go", dir+"/link")

	entries, err := os.ReadDir(dir)
	fmt.Println(len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		size := int64(-1)
		if err == nil && !e.IsDir() && e.Type()&os.ModeSymlink == 0 {
			size = info.Size()
		}
		fmt.Printf("%-9s dir=%-5v type=%v info.Name=%s size=%d\n", e.Name(), e.IsDir(), e.Type(), info.Name(), size)
	}

	empty, err := os.ReadDir(dir + "/sub")
	fmt.Println(len(empty), empty != nil, err)

	_, err = os.ReadDir(dir + "/nope")
	fmt.Println(rel(err), os.IsNotExist(err))
	_, err = os.ReadDir(dir + "/zeta.txt")
	fmt.Println(rel(err))

	f, _ := os.Open(dir)
	var all []string
	for {
		names, err := f.Readdirnames(3)
		all = append(all, names...)
		if err == io.EOF {
			fmt.Println("EOF after", len(all), len(names))
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	f.Close()
	sort.Strings(all)
	fmt.Println(all)

	f, _ = os.Open(dir)
	ents, err := f.ReadDir(-1)
	fmt.Println(len(ents), err)
	ents, err = f.ReadDir(-1)
	fmt.Println(len(ents), ents != nil, err)
	ents, err = f.ReadDir(1)
	fmt.Println(len(ents), err)
	f.Close()

	f, _ = os.Open(dir)
	infos, err := f.Readdir(0)
	names := []string{}
	for _, fi := range infos {
		if fi.IsDir() {
			names = append(names, fi.Name()+"/")
		}
	}
	sort.Strings(names)
	fmt.Println(len(infos), err, names)
	f.Close()
}
