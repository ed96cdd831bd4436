package p

func f(x int) {
	select {
	foo()
	}
}
