package main

import (
	"errors"
	"fmt"
	"os"
)

// The files live in a directory of their own (MkdirTemp), so that
// concurrent runs of the suite do not share them.
func main() {
	dir, err := os.MkdirTemp("", "minigo-os01-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	p := dir + "/data.txt"
	err = os.WriteFile(p, []byte("hello\nworld\n"), 0o644)
	fmt.Println("write:", err)
	b, err := os.ReadFile(p)
	fmt.Printf("read: %q %v\n", b, err)
	err = os.WriteFile(p, []byte("over"), 0o644)
	b, _ = os.ReadFile(p)
	fmt.Printf("overwrite: %q %v\n", b, err)
	err = os.WriteFile(p, nil, 0o644)
	b, _ = os.ReadFile(p)
	fmt.Printf("empty: %q %v %v\n", b, len(b), err)
	fmt.Println("remove:", os.Remove(p))
	_, err = os.ReadFile(p)
	fmt.Println(err != nil, errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Err)
	}
	err = os.Remove(p)
	fmt.Println(errors.Is(err, os.ErrNotExist))
	err = os.WriteFile(dir+"/no_such_dir/f.txt", []byte("x"), 0o644)
	fmt.Println(errors.Is(err, os.ErrNotExist))
}
