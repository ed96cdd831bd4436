package main

func f(xs ...int) {}

func main() {
	s := []int{1}
	f(0, s...)
}
