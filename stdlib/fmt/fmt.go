// Package fmt formats values as Go's fmt does.  The formatting core is C
// (fmt.c: sprint, sprintln, sprintf walk values through their type
// descriptors); this file is the API around it.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Implemented in C (fmt.c).
func sprint(a []any) string
func sprintln(a []any) string
func sprintf(format string, a []any) string
func sprintfw(format string, a []any) string // %w formats like %v
func wrapindex(format string, a []any) int   // the %w operand, or -1

// Stringer is implemented by any value that has a String method.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method.
type GoStringer interface {
	GoString() string
}

func Sprint(a ...any) string                 { return sprint(a) }
func Sprintln(a ...any) string               { return sprintln(a) }
func Sprintf(format string, a ...any) string { return sprintf(format, a) }

func Print(a ...any) (n int, err error) {
	return os.Stdout.WriteString(sprint(a))
}

func Println(a ...any) (n int, err error) {
	return os.Stdout.WriteString(sprintln(a))
}

func Printf(format string, a ...any) (n int, err error) {
	return os.Stdout.WriteString(sprintf(format, a))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprint(a)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(sprintln(a)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(sprintf(format, a)))
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

// Errorf formats like Sprintf; the operand of a %w verb is wrapped
// (errors.Unwrap returns it).  Go 1.19 allows one %w.
func Errorf(format string, a ...any) error {
	s := sprintfw(format, a)
	i := wrapindex(format, a)
	if i < 0 || i >= len(a) {
		return errors.New(s)
	}
	e, ok := a[i].(error)
	if !ok {
		return errors.New(s)
	}
	return &wrapError{s, e}
}
