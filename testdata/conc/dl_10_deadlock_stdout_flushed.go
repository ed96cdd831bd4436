package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Printf("line %d\n", i)
	}
	fmt.Print("no newline at end")
	var c chan bool
	<-c
}
