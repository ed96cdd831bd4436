counter := func() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}()
counter()
counter()
fmt.Println("counter:", counter())

func() {
	fmt.Println("immediately invoked")
}()

double := func(x int) int { return x * 2 }
fmt.Println(double(21))
