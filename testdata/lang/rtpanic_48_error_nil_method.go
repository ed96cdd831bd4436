package main

import "fmt"

func find() error { return nil }

func main() {
	err := find()
	fmt.Println("err is nil:", err == nil)
	fmt.Println(err.Error())
}
