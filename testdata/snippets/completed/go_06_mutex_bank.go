// Helper file, used only to produce the expectation go_06_mutex_bank.want with real Go:
// the snippet testdata/snippets/go_06_mutex_bank.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sync"
//line testdata/snippets/go_06_mutex_bank.go:1:1
type Bank struct {
	mu      sync.Mutex
	balance int
}

func (b *Bank) Deposit(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.balance += n
}

//line testdata/snippets/go_06_mutex_bank.go:13:1
var wg sync.WaitGroup
func main() {
//line testdata/snippets/go_06_mutex_bank.go:12:1
bank := &Bank{}
//line testdata/snippets/go_06_mutex_bank.go:14:1
for i := 1; i <= 100; i++ {
	wg.Add(1)
	go func(amount int) {
		defer wg.Done()
		bank.Deposit(amount)
	}(i)
}
wg.Wait()
fmt.Println("balance:", bank.balance)
}
