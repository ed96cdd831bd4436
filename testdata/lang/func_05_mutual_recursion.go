package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func perms(s []int, k int, out *[][]int) {
	if k == len(s) {
		c := make([]int, len(s))
		copy(c, s)
		*out = append(*out, c)
		return
	}
	for i := k; i < len(s); i++ {
		s[k], s[i] = s[i], s[k]
		perms(s, k+1, out)
		s[k], s[i] = s[i], s[k]
	}
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	m := 0
	hanoi(10, "a", "c", "b", &m)
	fmt.Println(m)
	var out [][]int
	perms([]int{1, 2, 3}, 0, &out)
	fmt.Println(out)
}
