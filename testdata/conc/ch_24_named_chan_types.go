package main

import "fmt"

type Pipe chan int
type RecvPipe <-chan int

func (p Pipe) Send(v int) { p <- v }
func (p Pipe) Recv() RecvPipe { return RecvPipe((<-chan int)(p)) }

func drain(r <-chan int) (s int) {
	for v := range r {
		s += v
	}
	return
}

func main() {
	p := make(Pipe, 4)
	p.Send(1)
	p.Send(2)
	var c chan int = p
	c <- 3
	fmt.Println(len(p), cap(p))
	close(p)
	fmt.Println(drain(p.Recv()))
	q := make(Pipe)
	go func() { defer close(q); q.Send(10) }()
	select {
	case v, ok := <-q:
		fmt.Println(v, ok)
	}
	for range q {
	}
	fmt.Printf("%T %T\n", p, p.Recv())
}
