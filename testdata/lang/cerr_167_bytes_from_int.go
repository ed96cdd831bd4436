package main

import "fmt"

func main() {
	fmt.Println([]byte(5))
}
