package main

import "fmt"

func sign(x int) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func main() {
	fmt.Println(sign(-5), sign(0), sign(3))
	switch c := 'x'; c {
	case 'a', 'b':
		fmt.Println("ab")
	case 'x':
		fmt.Println("x!")
	}
	var i interface{} = 3
	switch i {
	case "3":
		fmt.Println("string")
	case 3:
		fmt.Println("int 3")
	}
	switch x := 10; {
	case x > 5 && x < 20:
		fmt.Println("range")
		if x == 10 {
			break
		}
		fmt.Println("not printed")
	}
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			continue
		}
		fmt.Println("loop", i)
	}
}
