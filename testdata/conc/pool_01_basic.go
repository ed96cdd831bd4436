package main

import (
	"bytes"
	"fmt"
	"sync"
)

func main() {
	created := 0
	var mu sync.Mutex
	pool := sync.Pool{New: func() any {
		mu.Lock()
		created++
		mu.Unlock()
		return new(bytes.Buffer)
	}}
	var wg sync.WaitGroup
	results := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			b := pool.Get().(*bytes.Buffer)
			b.Reset()
			fmt.Fprintf(b, "item-%d", i)
			results[i] = b.String()
			pool.Put(b)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	mu.Lock()
	fmt.Println(created >= 1 && created <= 10)
	mu.Unlock()
	var empty sync.Pool
	fmt.Println(empty.Get())
}
