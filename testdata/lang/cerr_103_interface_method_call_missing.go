package main

type I interface{ A() }

func main() {
	var i I
	i.B()
}
