package main

import "fmt"

func setFirst(s []int) { s[0] = 99 }
func appendOne(s []int) { s = append(s, 1); s[0] = -5 }
func appendPtr(s *[]int) { *s = append(*s, 7) }

func main() {
	s := []int{1, 2, 3}
	setFirst(s)
	fmt.Println(s)
	appendOne(s)
	fmt.Println(s)
	t := make([]int, 2, 5)
	appendOne(t)
	fmt.Println(t, t[:3])
	appendPtr(&s)
	fmt.Println(s)
}
