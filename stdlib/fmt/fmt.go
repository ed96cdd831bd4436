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

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }

// Errorf formats like Sprintf; an operand of %w is wrapped (errors.Unwrap).
func Errorf(format string, a ...any) error {
	s := sprintf(format, a)
	var wrapped []error
	argNum := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		// flags, width, precision
		for i < len(format) && (format[i] == '+' || format[i] == '-' || format[i] == '#' || format[i] == ' ' || format[i] == '0' ||
			(format[i] >= '1' && format[i] <= '9') || format[i] == '.' || format[i] == '*') {
			if format[i] == '*' {
				argNum++
			}
			i++
		}
		if i >= len(format) {
			break
		}
		if format[i] == '%' {
			continue
		}
		if format[i] == 'w' && argNum < len(a) {
			if e, ok := a[argNum].(error); ok {
				wrapped = append(wrapped, e)
			}
		}
		argNum++
	}
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		return &wrapError{s, wrapped[0]}
	default:
		return &wrapErrors{s, wrapped}
	}
}
