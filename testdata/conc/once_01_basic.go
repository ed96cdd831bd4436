package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	calls  int
)

func load() {
	calls++
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			_ = config["mode"]
		}()
	}
	wg.Wait()
	fmt.Println(calls, config["mode"])
	once.Do(func() { fmt.Println("never") })
	var o2 sync.Once
	o2.Do(func() { fmt.Println("other once runs") })
}
