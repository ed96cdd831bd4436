package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ch {
			fmt.Println("got", v)
		}
		close(done)
	}()
	for i := 0; i < 5; i++ {
		ch <- i
	}
	close(ch)
	<-done
	token := make(chan int)
	fin := make(chan bool)
	for id := 0; id < 3; id++ {
		go func(id int) {
			for {
				t, ok := <-token
				if !ok {
					fin <- true
					return
				}
				if t >= 9 {
					fmt.Println("last token", t)
					close(token)
					fin <- true
					return
				}
				token <- t + 1
			}
		}(id)
	}
	token <- 0
	for i := 0; i < 3; i++ {
		<-fin
	}
	fmt.Println("done")
}
