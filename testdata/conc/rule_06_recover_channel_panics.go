package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRT)
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("send closed unbuffered", func() {
		c := make(chan bool)
		close(c)
		c <- true
	})
	try("recv closed ok", func() {
		c := make(chan int)
		close(c)
		v, ok := <-c
		fmt.Println(v, ok)
	})
}
