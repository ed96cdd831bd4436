package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

func transfer(from, to *Account, amount int) error {
	a, b := from, to
	if a.id > b.id {
		a, b = b, a
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from %d: %w", amount, from.id, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	accts := make([]*Account, 5)
	for i := range accts {
		accts[i] = &Account{id: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				from := accts[(g+k)%5]
				to := accts[(g+2*k+1)%5]
				if from == to {
					continue
				}
				if err := transfer(from, to, (g*7+k)%50); errors.Is(err, ErrInsufficient) {
					mu.Lock()
					failures++
					mu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total", total, "failures >= 0:", failures >= 0)
	err := transfer(accts[0], accts[1], 1000000)
	fmt.Println(err)
}
