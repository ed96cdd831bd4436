func divmod(a, b int) (int, int) {
	return a / b
}

q, r := divmod(7, 2)
fmt.Println(q, r)
