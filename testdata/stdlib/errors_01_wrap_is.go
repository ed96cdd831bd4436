package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	if k == "" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, io.EOF), errors.Is(nil, ErrNotFound))
	fmt.Println(errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound) == nil)
	outer := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", io.ErrUnexpectedEOF))
	fmt.Println(outer, errors.Is(outer, io.ErrUnexpectedEOF))
	fmt.Println(errors.New("x") == errors.New("x"))
	noWrap := fmt.Errorf("plain %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound), errors.Unwrap(noWrap))
	fmt.Println(find("k") == nil)
}
