package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	fmt.Println(correct(false) == nil, correct(true) == nil)
	err := mayFail(false)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	var target *MyErr
	fmt.Println(errors.As(correct(true), &target), target != nil)
	var i interface{} = (*int)(nil)
	switch i.(type) {
	case nil:
		fmt.Println("nil case")
	case *int:
		fmt.Println("*int case")
	}
}
