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

// A server whose configuration is swapped atomically while readers run:
// atomic.Pointer[T] as a struct field, and in a map value and an array.
type Server struct {
	name string
	cfg  atomic.Pointer[Config]
	hits atomic.Int64
}

func (s *Server) Config() *Config { return s.cfg.Load() }

func (s *Server) Reload(version int) *Config {
	return s.cfg.Swap(&Config{Name: s.name, Version: version})
}

func main() {
	s := &Server{name: "web"}
	fmt.Println(s.Config() == nil)
	s.Reload(1)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				c := s.Config()
				if c == nil || c.Name != "web" || c.Version < 1 {
					panic("torn config")
				}
				s.hits.Add(1)
			}
		}()
	}
	for v := 2; v <= 50; v++ {
		if old := s.Reload(v); old.Version != v-1 {
			panic("lost update")
		}
	}
	wg.Wait()
	fmt.Println(s.Config().Name, s.Config().Version, s.hits.Load())

	var table [3]atomic.Pointer[Config]
	table[1].Store(&Config{"one", 1})
	for i := range table {
		fmt.Println(i, table[i].Load() != nil)
	}
	m := map[string]*atomic.Pointer[Config]{"a": {}, "b": new(atomic.Pointer[Config])}
	m["a"].Store(&Config{"A", 7})
	fmt.Println(m["a"].Load().Name, m["b"].Load() == nil)

	type pair struct {
		left, right atomic.Pointer[Config]
	}
	var pr pair
	pr.right.Store(s.Config())
	fmt.Println(pr.left.Load() == nil, pr.right.Load().Version)
}
