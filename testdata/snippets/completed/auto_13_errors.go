// Helper file, used only to produce the expectation auto_13_errors.want with real Go:
// the snippet testdata/snippets/auto_13_errors.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "errors"
import "fmt"
//line testdata/snippets/auto_13_errors.go:1:1
var ErrNotFound = errors.New("not found")

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func find(id int) error {
	if id < 0 {
		return &ValidationError{"id"}
	}
	return fmt.Errorf("find %d: %w", id, ErrNotFound)
}

//line testdata/snippets/auto_13_errors.go:17:1
var ve *ValidationError
func main() {
//line testdata/snippets/auto_13_errors.go:14:1
err := find(7)
fmt.Println(err)
fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
//line testdata/snippets/auto_13_errors.go:18:1
err = find(-1)
fmt.Println(errors.As(err, &ve), ve.Field)
fmt.Println(errors.Is(err, ErrNotFound))
}
