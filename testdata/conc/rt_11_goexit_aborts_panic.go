package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("outer defer runs")
		defer runtime.Goexit() // aborts the panic below
		panic("swallowed by Goexit")
	}()
	wg.Wait()
	fmt.Println("main done")
}
