package main

import "fmt"

type Block struct {
	data [512]int
	id   int
}

func main() {
	ch := make(chan Block, 2)
	var b Block
	for i := range b.data {
		b.data[i] = i
	}
	b.id = 1
	ch <- b
	b.id = 2
	b.data[0] = -1
	ch <- b
	x := <-ch
	y := <-ch
	fmt.Println(x.id, x.data[0], x.data[511], y.id, y.data[0])
	done := make(chan [3]string)
	go func() { done <- [3]string{"a", "b", "c"} }()
	fmt.Println(<-done)
	ic := make(chan interface{}, 3)
	ic <- nil
	ic <- 1
	ic <- "s"
	fmt.Println(<-ic, <-ic, <-ic)
	fc := make(chan func() int, 1)
	fc <- func() int { return 5 }
	fmt.Println((<-fc)())
}
