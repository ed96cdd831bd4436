type Account struct {
	balance int
}

func (a *Account) Deposit(n int) {
	a.balance += n
}

func (a *Account) Withdraw(n int) bool {
	if n > a.balance {
		return false
	}
	a.balance -= amount
	return true
}
