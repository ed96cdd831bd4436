package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// sync.Map as a cache of per-key counters (Go 1.19 API: LoadOrStore, Load, Range).
func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := fmt.Sprint("k", i%4)
			v, _ := m.LoadOrStore(key, new(int64))
			atomic.AddInt64(v.(*int64), 1)
		}(i)
	}
	wg.Wait()
	for _, k := range []string{"k0", "k1", "k2", "k3", "k4"} {
		v, ok := m.Load(k)
		if ok {
			fmt.Println(k, *v.(*int64))
		} else {
			fmt.Println(k, "missing")
		}
	}
	total := int64(0)
	m.Range(func(_, v any) bool { total += *v.(*int64); return true })
	fmt.Println("total", total)
}
