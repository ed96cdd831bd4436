package main

import (
	"fmt"
	"io/fs"
	"os"
	"time"
)

// A FileInfo of one's own: fs.FileInfoToDirEntry, FileMode methods through
// the interface, fs.PathError with Timeout and Unwrap.
type info struct {
	name string
	mode fs.FileMode
}

func (i info) Name() string       { return i.name }
func (i info) Size() int64        { return int64(len(i.name)) }
func (i info) Mode() fs.FileMode  { return i.mode }
func (i info) ModTime() time.Time { return time.Time{} }
func (i info) IsDir() bool        { return i.mode.IsDir() }
func (i info) Sys() any           { return nil }

type timeoutErr struct{}

func (timeoutErr) Error() string { return "i/o timeout" }
func (timeoutErr) Timeout() bool { return true }

func main() {
	for _, fi := range []fs.FileInfo{
		info{"dir", fs.ModeDir | 0o755},
		info{"file.txt", 0o644},
		info{"link", fs.ModeSymlink | 0o777},
		info{"pipe", fs.ModeNamedPipe | 0o600},
	} {
		d := fs.FileInfoToDirEntry(fi)
		i2, err := d.Info()
		fmt.Println(d.Name(), d.IsDir(), d.Type(), i2.Mode(), i2.Size(), err)
	}
	fmt.Println(fs.FileInfoToDirEntry(nil) == nil)

	var fi fs.FileInfo = info{"x", 0o640}
	var osfi os.FileInfo = fi
	fmt.Println(osfi.Mode().String(), osfi.Mode().Perm() == 0o640, os.ModePerm&osfi.Mode())

	e := &fs.PathError{Op: "read", Path: "/dev/x", Err: timeoutErr{}}
	fmt.Println(e, e.Timeout(), e.Unwrap() == timeoutErr{}, os.IsTimeout(e))
	e2 := &os.PathError{Op: "read", Path: "/dev/y", Err: fs.ErrClosed}
	fmt.Println(e2, e2.Timeout(), os.IsTimeout(e2))
	fmt.Println(fs.ErrInvalid, fs.ErrPermission, fs.ErrExist, fs.ErrNotExist, fs.ErrClosed)
	fmt.Println(fs.SkipDir)
}
