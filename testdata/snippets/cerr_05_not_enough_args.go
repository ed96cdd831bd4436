func add(a, b int) int { return a + b }

fmt.Println(add(1, 2))
fmt.Println(add(1))
