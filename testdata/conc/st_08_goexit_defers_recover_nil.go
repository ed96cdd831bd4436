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
		defer func() {
			fmt.Println("recover during Goexit:", recover())
		}()
		defer fmt.Println("second defer")
		runtime.Goexit()
	}()
	wg.Wait()
	fmt.Println("main done")
}
