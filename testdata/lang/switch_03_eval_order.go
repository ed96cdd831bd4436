package main

import "fmt"

func val(n int) int {
	fmt.Println("eval", n)
	return n
}

func main() {
	switch val(2) {
	case val(1), val(2), val(3):
		fmt.Println("matched")
	case val(4):
		fmt.Println("no")
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("string switch")
	}
	var f float64 = 2.5
	switch f {
	case 2.5:
		fmt.Println("float match")
	}
	type pt struct{ x, y int }
	switch (pt{1, 2}) {
	case pt{1, 2}:
		fmt.Println("struct match")
	}
	switch {
	}
	fmt.Println("end")
}
