// Package os: standard files, arguments, environment, exit, files.
package os

import (
	"errors"
	"io"
)

// A File is an open file descriptor.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

var ErrNotExist = errors.New("file does not exist")

// Implemented in C (os.c).
func runtimeArgs() []string
func write(fd int, b []byte) int
func writeString(fd int, s string) int
func read(fd int, b []byte) int
func exit(code int)
func getenv(key string) string
func hasenv(key string) bool
func errnoString(n int) string

func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New(errnoString(-n))}
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	n = writeString(f.fd, s)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New(errnoString(-n))}
	}
	return n, nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, errors.New("invalid argument")
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errors.New(errnoString(-n))}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func (f *File) Name() string { return f.name }
func (f *File) Fd() uintptr  { return uintptr(f.fd) }

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

// Exit ends the program with the given status, without running deferred calls.
func Exit(code int) { exit(code) }

// Getenv returns the value of the environment variable key, or "".
func Getenv(key string) string { return getenv(key) }

// LookupEnv returns the value of key and whether it is set.
func LookupEnv(key string) (string, bool) { return getenv(key), hasenv(key) }
