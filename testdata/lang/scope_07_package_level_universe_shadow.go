package main

import "fmt"

func len(s string) int { return 42 }

var true = false

type error interface{ Code() int }

type codeErr int

func (c codeErr) Code() int { return int(c) }

func cap(x ...int) string { return "custom cap" }

const iota = 7

func main() {
	fmt.Println(len("abc"), true, cap(1, 2), iota)
	var e error = codeErr(5)
	fmt.Println(e.Code())
	const (
		a = iota
		b
	)
	fmt.Println(a, b)
}
