func greet(name string) string {
	return "Hello, " + name
}

fmt.Println(greet("gopher"))
fmt.Println(greet("minigo"))
