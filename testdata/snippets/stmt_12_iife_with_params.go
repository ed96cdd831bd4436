func(n int) {
	fmt.Println("called with", n)
}(21)
func(a, b string) { fmt.Println(a + b) }("con", "cat")
defer func(msg string) { fmt.Println(msg) }("deferred with an argument")
