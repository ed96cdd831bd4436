package p

func f(x int) {
	switch x {
	foo()
	}
}
