package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]string
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{m: map[string]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprint("k", i), fmt.Sprint("v", i))
		}(i)
		go func(i int) {
			defer wg.Done()
			c.Get(fmt.Sprint("k", i))
		}(i)
	}
	wg.Wait()
	v, ok := c.Get("k7")
	fmt.Println(v, ok, len(c.m))
}
