package main

import (
	"fmt"
	"sync"
)

type Acc struct{ name string }

func (a Acc) Report(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println(a.name, n)
}

func main() {
	var wg sync.WaitGroup
	a := Acc{"first"}
	x := 1
	wg.Add(1)
	go a.Report(x, &wg)     // receiver and args evaluated now
	f := a.Report           // method value binds a copy
	a.name = "second"
	x = 2
	wg.Wait()
	wg.Add(1)
	go f(x, &wg)
	wg.Wait()
	wg.Add(1)
	go func(n int) { defer wg.Done(); fmt.Println("literal", n) }(x * 10)
	x = 99
	wg.Wait()
}
