package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for x := 0; x < 5; x++ {
		n++
	}
	fmt.Println(n)
	var fs []func() int
	for i := 0; i < 4; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var k int8 = 3
	for j := int8(0); j < k; j++ {
		fmt.Printf("%T %d\n", j, j)
	}
	for i := 0; i < 0; i++ {
		fmt.Println("never", i)
	}
}
