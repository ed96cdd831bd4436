package main

import "fmt"

const z = 0
const bad = 5 % z

func main() {
	fmt.Println(bad)
}
