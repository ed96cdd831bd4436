package main

import "fmt"

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPal(s string) bool {
	for i := 0; i < len(s)/2; i++ {
		if s[i] != s[len(s)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(reverseRunes("Hello, 世界"))
	fmt.Println(isPal("racecar"), isPal("go"))
	count := map[rune]int{}
	for _, r := range "mississippi" {
		count[r]++
	}
	fmt.Println(count['s'], count['i'], count['p'], count['m'], count['z'])
}
