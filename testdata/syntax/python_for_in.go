package main

func main() {
	x := []int{1}
	for i in x {
	}
}
