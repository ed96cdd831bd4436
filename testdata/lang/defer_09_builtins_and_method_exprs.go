package main

import (
	"fmt"
	"sync"
)

type T struct{ name string }

func (t *T) Hello(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	out <- "hello " + t.name
}

func (t T) Show() string { return "show " + t.name }

type Builder struct{ parts []string }

func (b *Builder) Add(s string) *Builder { b.parts = append(b.parts, s); return b }
func (b *Builder) Build() string {
	r := ""
	for _, p := range b.parts {
		r += p
	}
	return r
}

func mk(n string) T { return T{n} }

func work(ch chan int, m map[string]int) (res string) {
	defer close(ch)
	defer delete(m, "tmp")
	defer func() { res += fmt.Sprint(" len=", len(m)) }()
	m["tmp"] = 1
	ch <- 1
	return "work"
}

func main() {
	ch := make(chan int, 1)
	m := map[string]int{"keep": 1}
	fmt.Println(work(ch, m))
	_, open := <-ch
	_, open2 := <-ch
	fmt.Println(open, open2, m)
	var wg sync.WaitGroup
	out := make(chan string, 2)
	t := &T{"a"}
	wg.Add(2)
	go (*T).Hello(t, &wg, out)
	go t.Hello(&wg, out)
	wg.Wait()
	fmt.Println(<-out == <-out)
	ms := map[string]T{"k": {"mapval"}}
	fmt.Println(ms["k"].Show(), mk("fresh").Show())
	b := &Builder{}
	fmt.Println(b.Add("a").Add("b").Add("c").Build())
	fs := [2]func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 2 }}
	fmt.Println(fs[0](1), fs[1](fs[0](2)))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer panic("deferred panic")
	fmt.Println("end of main body")
}
