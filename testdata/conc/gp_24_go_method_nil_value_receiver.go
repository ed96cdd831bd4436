package main

import "fmt"

type T struct{ n int }

func (t T) Show(c chan int) { c <- t.n }

func main() {
	defer func() { fmt.Println("recovered in main:", recover()) }()
	var p *T
	c := make(chan int)
	go p.Show(c) // *p is evaluated by the go statement, in main
	fmt.Println(<-c)
}
