package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				fmt.Printf("worker %d recovered: %v\n", id, r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	safeGo(&wg, 1, func() { panic("explicit") })
	wg.Wait()
	safeGo(&wg, 2, func() {
		var m map[string]int
		m["x"] = 1
	})
	wg.Wait()
	safeGo(&wg, 3, func() {
		a := []int{1}
		i := 5
		_ = a[i]
	})
	wg.Wait()
	safeGo(&wg, 4, func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	wg.Wait()
	fmt.Println("main fine")
}
