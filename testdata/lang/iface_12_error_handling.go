package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func lookup(k string) (int, error) {
	switch k {
	case "a":
		return 1, nil
	case "bad":
		return 0, &ParseError{3, "syntax"}
	}
	return 0, fmt.Errorf("lookup %q: %w", k, ErrNotFound)
}

func main() {
	for _, k := range []string{"a", "zz", "bad"} {
		v, err := lookup(k)
		var pe *ParseError
		switch {
		case err == nil:
			fmt.Println("ok", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("not found:", err)
		case errors.As(err, &pe):
			fmt.Println("parse error at", pe.Line, "-", pe)
		}
	}
	var err error = &ParseError{1, "x"}
	if _, ok := err.(*ParseError); ok {
		fmt.Println("type ok")
	}
	fmt.Println(errors.Unwrap(errors.New("plain")) == nil)
}
