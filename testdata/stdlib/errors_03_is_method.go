package main

import (
	"errors"
	"fmt"
)

type codeErr struct{ code int }

func (c codeErr) Error() string { return fmt.Sprintf("code %d", c.code) }
func (c codeErr) Is(target error) bool {
	t, ok := target.(codeErr)
	return ok && (t.code == 0 || t.code == c.code)
}

type wrapper struct {
	msg string
	err error
}

func (w *wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapper) Unwrap() error { return w.err }

func main() {
	e := &wrapper{"outer", &wrapper{"inner", codeErr{404}}}
	fmt.Println(e)
	fmt.Println(errors.Is(e, codeErr{404}), errors.Is(e, codeErr{0}), errors.Is(e, codeErr{500}))
	var ce codeErr
	fmt.Println(errors.As(e, &ce), ce.code)
	u := errors.Unwrap(e)
	fmt.Println(u, errors.Unwrap(errors.Unwrap(u)))
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), errors.Unwrap(nilErr))
}
