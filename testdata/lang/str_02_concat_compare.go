package main

import "fmt"

func main() {
	a, b := "apple", "banana"
	fmt.Println(a < b, a > b, a == "apple", a != b, a <= "apple", "Z" < "a")
	fmt.Println("ab" < "abc", "abc" < "abd", "" < "a")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
	x := a + " " + b + "!"
	fmt.Println(x, len(x))
	words := []string{"b", "a", "c"}
	joined := ""
	for i, w := range words {
		if i > 0 {
			joined += ","
		}
		joined += w
	}
	fmt.Println(joined)
}
