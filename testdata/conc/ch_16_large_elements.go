package main

import "fmt"

type Block struct {
	id   int
	data [256]int64
	name string
}

func main() {
	c := make(chan Block, 4)
	go func() {
		for i := 0; i < 20; i++ {
			var b Block
			b.id = i
			for j := range b.data {
				b.data[j] = int64(i * j)
			}
			b.name = fmt.Sprint("block", i)
			c <- b
		}
		close(c)
	}()
	var total int64
	last := ""
	for b := range c {
		for _, v := range b.data {
			total += v
		}
		last = b.name
	}
	fmt.Println(total, last)
}
