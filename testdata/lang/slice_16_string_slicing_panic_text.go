package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := "hello"
	n := 10
	try(func() { _ = s[3:n] })
	try(func() { _ = s[n:] })
	b := make([]byte, 5)
	copy(b, s)
	try(func() { _ = b[:n] })
	try(func() { _ = b[n:] })
	m := 2
	try(func() { _ = b[3:m] })
	arr := [3]int{}
	try(func() { _ = arr[:n] })
	sl := make([]int, 2, 4)
	try(func() { _ = sl[1:3:n] })
	try(func() { _ = sl[m+1:m:4] })
	try(func() { _ = sl[m+1] })
}
