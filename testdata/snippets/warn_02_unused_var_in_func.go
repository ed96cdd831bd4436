func compute(n int) int {
	temp := n * 2
	return n + 1
}

fmt.Println(compute(4))
