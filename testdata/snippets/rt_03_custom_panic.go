func mustPositive(n int) int {
	if n < 0 {
		panic(fmt.Sprintf("negative value %d", n))
	}
	return n
}

fmt.Println(mustPositive(3))
defer fmt.Println("deferred output still printed")
fmt.Println(mustPositive(-2))
