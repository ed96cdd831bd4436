package main

import "fmt"

type I interface{ M() }

func main() {
	var p *I
	p.M()
	fmt.Println(p)
}
