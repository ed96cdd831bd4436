package main

import "fmt"

func pair() (int, int) { return 1, 2 }
func sum(xs ...int) int { return len(xs) }

func main() {
	fmt.Println(sum(0, pair()))
}
