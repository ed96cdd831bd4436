package main

import "fmt"

func main() {
	x := 0
x:
	for x < 3 {
		x++
		continue x
	}
	fmt.Println(x)
	fmt := "label and var names live in different namespaces"
	_ = fmt
	println2()
}

func println2() {
	loop := 0
loop:
	for {
		loop++
		if loop > 2 {
			break loop
		}
	}
	fmt.Println(loop)
}
