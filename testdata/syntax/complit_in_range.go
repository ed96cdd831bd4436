package main

type T []int

func main() {
	for _, v := range T{1, 2} {
		_ = v
	}
}
