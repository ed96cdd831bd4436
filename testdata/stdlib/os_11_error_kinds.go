package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

// PathError texts and the IsNotExist/IsExist/IsPermission family against
// errors.Is with os.Err* and fs.Err*, for wrapped and unwrapped errors.
func main() {
	_, err := os.Open("/nope")
	fmt.Println(err)
	fmt.Println(os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), os.ErrNotExist == fs.ErrNotExist)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	var ope *os.PathError = pe
	fmt.Println(ope.Error())

	_, err = os.Stat("/nope/deeper")
	fmt.Println(err)
	_, err = os.Lstat("/nope")
	fmt.Println(err)
	_, err = os.ReadFile("/nope.txt")
	fmt.Println(err, os.IsNotExist(err))

	w := fmt.Errorf("loading config: %w", err)
	fmt.Println(w)
	fmt.Println(os.IsNotExist(w), errors.Is(w, os.ErrNotExist), errors.Is(w, fs.ErrExist))

	dir, _ := os.MkdirTemp("", "os11")
	defer os.RemoveAll(dir)
	p := dir + "/f"
	os.WriteFile(p, nil, 0o644)
	_, err = os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$D"))
	fmt.Println(os.IsExist(err), errors.Is(err, os.ErrExist), errors.Is(err, fs.ErrExist), os.IsNotExist(err))

	fmt.Println(os.IsNotExist(nil), os.IsExist(nil), os.IsPermission(nil))
	fmt.Println(os.IsNotExist(os.ErrNotExist), os.IsExist(fs.ErrExist), os.IsPermission(os.ErrPermission))
	fmt.Println(os.IsNotExist(errors.New("file does not exist")))
	fmt.Println(os.ErrNotExist, "|", os.ErrExist, "|", os.ErrPermission, "|", os.ErrInvalid, "|", os.ErrClosed)

	se := os.NewSyscallError("getxattr", os.ErrPermission)
	fmt.Println(se, os.IsPermission(se), errors.Is(se, fs.ErrPermission))
	fmt.Println(os.NewSyscallError("x", nil) == nil)
	le := &os.LinkError{Op: "symlink", Old: "a", New: "b", Err: os.ErrExist}
	fmt.Println(le, os.IsExist(le), errors.Unwrap(le) == os.ErrExist)
	custom := &fs.PathError{Op: "custom", Path: "p", Err: fs.ErrNotExist}
	fmt.Println(custom, os.IsNotExist(custom))
}
