package main

func f(a, b int) {}

func main() {
	s := []int{1, 2}
	f(s...)
}
