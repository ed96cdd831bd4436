package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[0] = 10
	fmt.Println(s, *p)
	q := (*[8]int)(s)
	fmt.Println(q)
}
