func greet(name string) {
	fmt.Println("hi", name)
}

greet("a")
greet("b", "c")
