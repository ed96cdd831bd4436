package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	once.Do(func() { calls += 100 })
	fmt.Println("calls", calls)
	created := 0
	pool := sync.Pool{New: func() interface{} { created++; return new([]byte) }}
	b := pool.Get().(*[]byte)
	*b = append(*b, "hi"...)
	fmt.Println(string(*b), created)
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load("z")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 9)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	m.Delete("b")
	v, loaded = m.LoadAndDelete("c")
	fmt.Println(v, loaded)
	n := 0
	m.Range(func(k, v interface{}) bool { n++; return true })
	fmt.Println("entries", n)
}
