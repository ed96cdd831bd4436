package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	case n < 0:
		return "invalid"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "consonant"
}

func main() {
	for _, n := range []int{95, 85, 50, -3} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for _, c := range []byte("hi u") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1:
		fmt.Println("one")
	default:
		fmt.Println("default", x)
	case 6:
		fmt.Println("six")
	}
	switch x := 3; {
	case x > 2:
		fmt.Println("x>2")
	}
}
