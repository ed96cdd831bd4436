package main

type T struct{ n int }

func main() {
	t := T{}
	t.n()
}
