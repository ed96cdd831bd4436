// Helper file, used only to produce the expectation decl_05_error_in_func.want with real Go:
// the snippet testdata/snippets/decl_05_error_in_func.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/decl_05_error_in_func.go:1:1
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
func main() {}
