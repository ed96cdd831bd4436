type Bank struct {
	mu      sync.Mutex
	balance int
}

func (b *Bank) Deposit(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.balance += n
}

bank := &Bank{}
var wg sync.WaitGroup
for i := 1; i <= 100; i++ {
	wg.Add(1)
	go func(amount int) {
		defer wg.Done()
		bank.Deposit(amount)
	}(i)
}
wg.Wait()
fmt.Println("balance:", bank.balance)
