package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	count := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v == 7 {
				break
			}
			count += v
		}
	}
	fmt.Println(count)
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			continue
		case 4:
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
	x := 0
L:
	for {
		x++
		switch {
		case x > 5:
			break L
		}
	}
	fmt.Println(x)
}
