package main

import "fmt"

func main() {
	a := make(chan int, 100)
	b := make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- 1
		b <- 2
	}
	na, nb := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println(na+nb, na > 0, nb > 0)
	done := make(chan bool)
	data := make(chan int)
	go func() {
		defer close(done)
		for v := range data {
			_ = v
		}
	}()
	for i := 0; i < 5; i++ {
		select {
		case data <- i:
		}
	}
	close(data)
	<-done
	fmt.Println("ok")
}
