package main

import "fmt"

func main() {
	vals := []int{7, -7}
	divs := []int{2, -2, 3, -3}
	for _, v := range vals {
		for _, d := range divs {
			fmt.Println(v, d, v/d, v%d)
		}
	}
	var a int8 = -128
	var b int8 = -1
	fmt.Println(a/b, a%b)
	var u uint8 = 255
	fmt.Println(u/2, u%7)
	fmt.Println(-8>>1, -7>>1, -1>>10)
}
