// go statements whose only operand is one pointer-shaped value (a closure,
// a pointer, a channel, a map, a method value's pointer receiver): the
// value is evaluated at the go statement and reaches the goroutine intact,
// also with collections running while the goroutines wait.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) bump(wg *sync.WaitGroup) {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
	wg.Done()
}

func (c *counter) add() {
	c.mu.Lock()
	c.n += 100
	c.mu.Unlock()
}

type box struct{ v [4]int }

func sum(b *box, out chan int) { out <- b.v[0] + b.v[1] + b.v[2] + b.v[3] }

var done = make(chan bool)
var wg2 sync.WaitGroup

func drain(ch chan int) {
	s := 0
	for v := range ch {
		s += v
	}
	fmt.Println("drained", s)
	done <- true
}

func fill(m map[string]int) {
	m["x"] = 42
	wg2.Done()
}

func (c *counter) add100() {
	c.add()
	wg2.Done()
}

func main() {
	var wg sync.WaitGroup
	c := &counter{}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go c.bump(&wg)
	}
	wg.Wait()
	fmt.Println("bumps", c.n)

	// a closure per goroutine, each with its own captured value
	res := make(chan int, 100)
	for i := 0; i < 100; i++ {
		v := i * i
		go func() {
			runtime.GC()
			res <- v
		}()
	}
	got := make([]int, 0, 100)
	for i := 0; i < 100; i++ {
		got = append(got, <-res)
	}
	sort.Ints(got)
	fmt.Println("closures", got[0], got[1], got[99], len(got))

	// a pointer argument, the channel passed as a second one
	out := make(chan int)
	b := &box{v: [4]int{1, 2, 3, 4}}
	go sum(b, out)
	b = nil
	runtime.GC()
	fmt.Println("sum", <-out)

	// a channel as the only argument
	ch := make(chan int)
	go drain(ch)
	for i := 1; i <= 10; i++ {
		ch <- i
	}
	close(ch)
	<-done

	// a map as the only argument
	m := map[string]int{}
	wg2.Add(1)
	go fill(m)
	wg2.Wait()
	fmt.Println("map", m["x"])

	// a method with a pointer receiver, then a func value
	wg2.Add(1)
	go c.add100()
	wg2.Wait()
	fmt.Println("method", c.n)
	f := func() { c.add(); wg2.Done() }
	wg2.Add(1)
	go f()
	wg2.Wait()
	fmt.Println("func value", c.n)
}
