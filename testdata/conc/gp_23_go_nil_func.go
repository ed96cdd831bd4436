package main

import "fmt"

func main() {
	var f func()
	fmt.Println("go nil func")
	go f()
	select {}
}
