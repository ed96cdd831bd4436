func square(n int) int { return n * n }

s := "4"
fmt.Println(square(s))
// expectation: Go 1.20+ wording ("as int value in"); Go 1.19 says "as type int in"
