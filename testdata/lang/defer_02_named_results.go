package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("recovered: %v", e)
			q = -1
		}
	}()
	q = a / b
	return
}

func cleanup() (err error) {
	defer func() {
		if err != nil {
			err = errors.New("wrapped(" + err.Error() + ")")
		}
	}()
	return errors.New("base")
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n++ }()
	}
	return 10
}

func main() {
	fmt.Println(double())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(cleanup())
	fmt.Println(counter())
}
