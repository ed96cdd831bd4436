// statements become func main's locals: a declared function cannot see them
limit := 10

func check(n int) bool {
	return n < limit
}

fmt.Println(check(5), limit)
