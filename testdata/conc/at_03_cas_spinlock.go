package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type SpinLock struct{ state int32 }

func (s *SpinLock) Lock() {
	for !atomic.CompareAndSwapInt32(&s.state, 0, 1) {
		runtime.Gosched()
	}
}
func (s *SpinLock) Unlock() { atomic.StoreInt32(&s.state, 0) }

func main() {
	var sl SpinLock
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				sl.Lock()
				counter++
				sl.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
