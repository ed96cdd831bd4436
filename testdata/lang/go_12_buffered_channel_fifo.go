package main

import "fmt"

func main() {
	ch := make(chan string, 5)
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		ch <- s
	}
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for s := range ch {
		fmt.Print(s)
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v %d\n", v, ok, len(ch))
	var nilch chan int
	fmt.Println(len(nilch), cap(nilch), nilch == nil)
	type msg struct {
		id   int
		body string
	}
	mc := make(chan msg, 2)
	mc <- msg{1, "x"}
	mc <- msg{2, "y"}
	fmt.Println(<-mc, <-mc)
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 42
	fmt.Println(<-inner)
}
