package main

import "time"

type Code int

func main() {
	go func() {
		panic(Code(3))
	}()
	time.Sleep(500 * time.Millisecond)
}
