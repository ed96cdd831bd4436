package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

// Operations on a closed *os.File and on a nil one: Go's "file already
// closed" PathErrors and ErrInvalid; reading a directory as a file.
func main() {
	dir, err := os.MkdirTemp("", "minigo-os17-")
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
	f, _ := os.Create(dir + "/f.txt")
	n, err := f.WriteString("hello")
	fmt.Println(n, err)
	fmt.Println(rel(f.Close()))
	err = f.Close()
	fmt.Println(rel(err), errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))
	_, err = f.Write([]byte("x"))
	fmt.Println(rel(err))
	_, err = f.WriteString("x")
	fmt.Println(rel(err))
	_, err = f.Read(make([]byte, 4))
	fmt.Println(rel(err), err == io.EOF)
	_, err = f.Stat()
	fmt.Println(rel(err))
	fmt.Println(f.Name() == dir+"/f.txt")

	var nf *os.File
	_, err = nf.Write([]byte("x"))
	fmt.Println(err, err == os.ErrInvalid)
	fmt.Println(nf.Close() == os.ErrInvalid)
	_, err = nf.Stat()
	fmt.Println(err == os.ErrInvalid)

	d, _ := os.Open(dir)
	_, err = d.Read(make([]byte, 8))
	fmt.Println(rel(err))
	names, err := d.Readdirnames(-1)
	fmt.Println(names, err)
	d.Close()
	_, err = os.ReadFile(dir)
	fmt.Println(rel(err))
	_, err = d.Readdirnames(-1)
	fmt.Println(rel(err) != "<nil>")
}
