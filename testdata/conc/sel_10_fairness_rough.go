package main

import "fmt"

// With several ready cases select chooses randomly: every case is taken
// a reasonable number of times.
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	var na, nb, nc int
	for i := 0; i < 30000; i++ {
		a <- 1
		b <- 1
		c <- 1
		select {
		case <-a:
			na++
			<-b
			<-c
		case <-b:
			nb++
			<-a
			<-c
		case <-c:
			nc++
			<-a
			<-b
		}
	}
	ok := func(n int) bool { return n > 8000 && n < 12000 }
	fmt.Println(ok(na), ok(nb), ok(nc), na+nb+nc)
}
