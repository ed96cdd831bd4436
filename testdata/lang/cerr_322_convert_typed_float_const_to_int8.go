package main

import "fmt"

const f float64 = 300

func main() {
	fmt.Println(int8(f))
}
