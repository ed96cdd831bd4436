package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i, i*i)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(7)
	fmt.Println(v, ok)
	v, ok = m.Load(99)
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore(7, -1)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore(100, "new")
	fmt.Println(act, loaded)
	old, loaded := m.LoadAndDelete(100)
	fmt.Println(old, loaded)
	m.Delete(0)
	var keys []int
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(int))
		return true
	})
	sort.Ints(keys)
	fmt.Println(len(keys), keys[0], keys[len(keys)-1])
	n := 0
	m.Range(func(k, v any) bool { n++; return n < 3 })
	fmt.Println("stopped after", n)
}
