package main

import (
	"fmt"
	"sync"
)

type Obj struct{ name string }

func (o Obj) Say(wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	out <- o.name
}

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	o := Obj{"first"}
	wg.Add(1)
	go o.Say(&wg, out)
	o.name = "second"
	wg.Wait()
	fmt.Println(<-out)
	i := 1
	wg.Add(1)
	go func(v int) {
		defer wg.Done()
		out <- fmt.Sprint("v=", v)
	}(i)
	i = 2
	wg.Wait()
	fmt.Println(<-out, i)
}
