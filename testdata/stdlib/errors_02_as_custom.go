package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type MyErr struct {
	Code int
}

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type tempErr struct{ msg string }

func (t tempErr) Error() string   { return t.msg }
func (t tempErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("ctx: %w", &MyErr{Code: 7})
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as MyErr:", me.Code, me)
	}
	_, perr := strconv.Atoi("12x")
	wrapped := fmt.Errorf("parse config: %w", perr)
	var ne *strconv.NumError
	fmt.Println(errors.As(wrapped, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	fmt.Println(errors.Is(wrapped, strconv.ErrSyntax))
	var te interface{ Temporary() bool }
	fmt.Println(errors.As(fmt.Errorf("w: %w", tempErr{"t"}), &te), te.Temporary())
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe == nil)
	var target tempErr
	fmt.Println(errors.As(tempErr{"direct"}, &target), target.msg)
}
