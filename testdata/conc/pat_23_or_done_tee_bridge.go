package main

import "fmt"

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func tee(done <-chan struct{}, in <-chan int) (<-chan int, <-chan int) {
	o1, o2 := make(chan int), make(chan int)
	go func() {
		defer close(o1)
		defer close(o2)
		for v := range orDone(done, in) {
			a, b := o1, o2
			for i := 0; i < 2; i++ {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				}
			}
		}
	}()
	return o1, o2
}

func bridge(done <-chan struct{}, chans <-chan <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			var stream <-chan int
			select {
			case s, ok := <-chans:
				if !ok {
					return
				}
				stream = s
			case <-done:
				return
			}
			for v := range orDone(done, stream) {
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func gen(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for _, v := range vals {
			c <- v
		}
	}()
	return c
}

func main() {
	done := make(chan struct{})
	defer close(done)
	a, b := tee(done, gen(1, 2, 3, 4))
	for v := range a {
		fmt.Println("a", v, "b", <-b)
	}
	chans := make(chan (<-chan int))
	go func() {
		defer close(chans)
		for i := 0; i < 3; i++ {
			chans <- gen(i*10, i*10+1)
		}
	}()
	for v := range bridge(done, chans) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
