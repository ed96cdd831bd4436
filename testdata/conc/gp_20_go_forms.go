package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Speaker interface{ Speak(wg *sync.WaitGroup, out chan<- string) }
type Dog struct{ name string }

func (d Dog) Speak(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	out <- d.name + " woofs"
}

var calls []string

func maker(tag string) func(*sync.WaitGroup, chan<- string) {
	calls = append(calls, "maker "+tag) // runs in the caller, before the go statement
	return func(wg *sync.WaitGroup, out chan<- string) {
		defer wg.Done()
		out <- "closure " + tag
	}
}

func variadic(wg *sync.WaitGroup, out chan<- string, parts ...string) {
	defer wg.Done()
	out <- strings.Join(parts, "+")
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	var s Speaker = Dog{"rex"}
	wg.Add(5)
	go s.Speak(&wg, out)
	go maker("A")(&wg, out)
	fmt.Println(calls)
	go variadic(&wg, out, "a", "b", "c")
	parts := []string{"x", "y"}
	go variadic(&wg, out, parts...)
	go Dog.Speak(Dog{"fido"}, &wg, out)
	wg.Wait()
	close(out)
	var got []string
	for m := range out {
		got = append(got, m)
	}
	sort.Strings(got)
	fmt.Println(strings.Join(got, "\n"))
}
