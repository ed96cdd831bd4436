package main

import "fmt"

// A goroutine that both accepts input and emits output via one select.
func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		var queue []int
		for {
			var send chan int
			var next int
			if len(queue) > 0 {
				send = out
				next = queue[0]
			}
			select {
			case v, ok := <-in:
				if !ok {
					in = nil
					if len(queue) == 0 {
						close(out)
						return
					}
					continue
				}
				queue = append(queue, v)
			case send <- next:
				queue = queue[1:]
				if in == nil && len(queue) == 0 {
					close(out)
					return
				}
			}
		}
	}()
	for i := 1; i <= 5; i++ {
		in <- i
	}
	close(in)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
