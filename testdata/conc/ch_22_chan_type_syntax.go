package main

import "fmt"

func main() {
	var a chan<- chan int
	var b chan<- <-chan int
	var c <-chan <-chan int
	var d chan (<-chan int)
	var e chan<- chan<- int
	var f chan func() <-chan int
	fmt.Printf("%T\n%T\n%T\n%T\n%T\n%T\n", a, b, c, d, e, f)

	inner := make(chan int, 1)
	inner <- 5
	cc := make(chan (<-chan int), 1)
	cc <- inner
	fmt.Println(<-<-cc)

	src := make(chan int, 6)
	for i := 1; i <= 6; i++ {
		src <- i
	}
	pair := func(x, y int) string { return fmt.Sprint(x, "-", y) }
	fmt.Println(pair(<-src, <-src))
	fmt.Println([]int{<-src, <-src})
	switch v := <-src; v {
	case 5:
		fmt.Println("five")
	default:
		fmt.Println("other", v)
	}
	close(src)
	for v, ok := <-src; ok; v, ok = <-src {
		fmt.Println("loop", v)
	}
	m := map[string]chan int{"x": make(chan int, 1)}
	m["x"] <- 9
	select {
	case v := <-m["missing"]:
		fmt.Println("impossible", v)
	case v := <-m["x"]:
		fmt.Println("from map", v)
	}
	fns := make(chan func() <-chan int, 1)
	fns <- func() <-chan int { r := make(chan int, 1); r <- 77; return r }
	fmt.Println(<-(<-fns)())
}
