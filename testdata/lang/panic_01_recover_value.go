package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func try(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := try(func() { panic("a string") })
	fmt.Printf("%v %T\n", r, r)
	r = try(func() { panic(42) })
	fmt.Printf("%v %T\n", r, r)
	r = try(func() { panic(errors.New("an error")) })
	fmt.Printf("%v %T\n", r, r)
	r = try(func() { panic(&MyErr{7}) })
	if e, ok := r.(error); ok {
		fmt.Println("error:", e)
	}
	r = try(func() { panic(fmt.Sprintf("formatted %d", 3)) })
	fmt.Println(r)
	r = try(func() {})
	fmt.Println(r)
}
