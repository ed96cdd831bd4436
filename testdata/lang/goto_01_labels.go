package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()

outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			fmt.Println(a, b)
		}
	}

	n := 0
	goto skip
skip:
	n++
	fmt.Println("n", n)

sw:
	switch {
	case true:
		for k := 0; k < 10; k++ {
			if k == 3 {
				break sw
			}
			fmt.Print("k", k, " ")
		}
		fmt.Println("not here")
	}
	fmt.Println()
}
