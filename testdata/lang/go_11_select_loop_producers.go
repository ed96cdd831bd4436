package main

import "fmt"

func main() {
	evens := make(chan int)
	odds := make(chan int)
	go func() {
		for i := 0; i < 10; i += 2 {
			evens <- i
		}
		close(evens)
	}()
	go func() {
		for i := 1; i < 10; i += 2 {
			odds <- i
		}
		close(odds)
	}()
	sumE, sumO := 0, 0
	for evens != nil || odds != nil {
		select {
		case v, ok := <-evens:
			if !ok {
				evens = nil
				continue
			}
			sumE += v
		case v, ok := <-odds:
			if !ok {
				odds = nil
				continue
			}
			sumO += v
		}
	}
	fmt.Println(sumE, sumO)
}
