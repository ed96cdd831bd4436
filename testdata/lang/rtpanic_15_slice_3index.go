package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	i, j, k := 1, 3, 5
	fmt.Println(s[i:j:k])
}
