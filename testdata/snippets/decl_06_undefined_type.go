type Pool struct {
	workers []Worker
	size    int
}

func NewPool(n int) *Pool {
	return &Pool{size: n}
}
