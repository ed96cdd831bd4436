package main

import "fmt"

func main() {
	f := func() int { return missing + 1 }
	fmt.Println(f())
}
