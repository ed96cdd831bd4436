defer fmt.Println("deferred 1 (runs last)")
defer fmt.Println("deferred 2")
for i := 0; i < 3; i++ {
	defer fmt.Println("deferred in loop", i)
}
fmt.Println("body done")
