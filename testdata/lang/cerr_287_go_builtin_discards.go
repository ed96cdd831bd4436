package main

func main() {
	s := []int{}
	go append(s, 1)
}
