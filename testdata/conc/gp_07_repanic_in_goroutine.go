package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
			panic(fmt.Sprint("re-panic: ", r))
		}()
		panic("first")
	}()
	time.Sleep(500 * time.Millisecond)
}
