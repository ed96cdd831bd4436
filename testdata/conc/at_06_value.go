package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Config{"a", 1})
	var wg sync.WaitGroup
	for i := 2; i <= 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := v.Load().(Config)
			_ = c.Name
			v.Store(Config{"b", i})
		}(i)
	}
	wg.Wait()
	c := v.Load().(Config)
	fmt.Println(c.Name, c.Version >= 2)
	old := v.Swap(Config{"c", 100})
	fmt.Println(old.(Config).Name)
	fmt.Println(v.CompareAndSwap(Config{"c", 100}, Config{"d", 1}), v.Load())
	fmt.Println(v.CompareAndSwap(Config{"x", 0}, Config{"e", 1}), v.Load())
	var m atomic.Value
	m.Store(map[string]int{"k": 1})
	fmt.Println(m.Load().(map[string]int)["k"])
}
