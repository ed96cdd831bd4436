package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu  sync.Mutex
	bal int
}

func transfer(a, b *Account, amt int, first *sync.Mutex) {
	first.Lock()
	defer first.Unlock()
	a.mu.Lock()
	a.bal -= amt
	a.mu.Unlock()
	b.mu.Lock()
	b.bal += amt
	b.mu.Unlock()
}

func main() {
	accts := make([]*Account, 5)
	for i := range accts {
		accts[i] = &Account{bal: 1000}
	}
	var global sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			transfer(accts[i%5], accts[(i*7+1)%5], i%13, &global)
		}(i)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.bal
	}
	fmt.Println("total", total)
}
