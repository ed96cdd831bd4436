package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var n int64
	for i := 0; i < 2000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i%50) * time.Millisecond)
			atomic.AddInt64(&n, 1)
		}(i)
	}
	wg.Wait()
	fmt.Println(n)
	var fired int32
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		time.AfterFunc(time.Duration(i%20)*time.Millisecond, func() {
			atomic.AddInt32(&fired, 1)
			wg.Done()
		})
	}
	wg.Wait()
	fmt.Println(fired)
}
