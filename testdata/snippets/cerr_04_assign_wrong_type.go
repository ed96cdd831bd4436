var limit int = 10
name := "x"
limit = name
fmt.Println(limit)
// expectation: Go 1.20+ wording ("as int value in"); Go 1.19 says "as type int in"
