package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

type Job struct{ id int }

// The methods of *atomic.Pointer[T] as method values, method expressions,
// deferred and go statements, and through interfaces.
type Loader interface {
	Load() *Job
}

type Box interface {
	Loader
	Store(*Job)
	Swap(*Job) *Job
	CompareAndSwap(old, new *Job) bool
}

func show(l Loader) {
	if j := l.Load(); j != nil {
		fmt.Println("job", j.id)
	} else {
		fmt.Println("no job")
	}
}

func main() {
	var p atomic.Pointer[Job]
	load := p.Load
	store := p.Store
	show(&p)
	store(&Job{1})
	fmt.Println(load().id)
	show(&p)

	var b Box = &p
	old := b.Swap(&Job{2})
	fmt.Println(old.id, b.CompareAndSwap(old, nil), b.CompareAndSwap(b.Load(), &Job{3}))
	show(b)

	cas := (*atomic.Pointer[Job]).CompareAndSwap
	ld := (*atomic.Pointer[Job]).Load
	fmt.Println(cas(&p, ld(&p), &Job{4}), ld(&p).id)

	var fns []func(*Job)
	fns = append(fns, p.Store, b.Store)
	fns[1](&Job{5})
	fmt.Println(p.Load().id)

	func() {
		defer p.Store(&Job{6})
		fmt.Println(p.Load().id)
	}()
	fmt.Println(p.Load().id)

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		p.Store(&Job{7})
	}()
	wg.Wait()
	go p.Store(&Job{8})
	for p.Load().id != 8 {
		runtime.Gosched()
	}
	show(&p)

	var any interface{} = &p
	if l, ok := any.(Loader); ok {
		show(l)
	}
	_, isBox := any.(Box)
	fmt.Println(isBox)
}
