func half(n int) int { return n / 2 }

x := half(10)

type pair struct{ a, b int }

p := pair{1, 2}
fmt.Println(x, p)

func twice(n int) int { return 2 * n }

fmt.Println(twice(p.c))
