package main

import (
	"fmt"
	"time"
)

func worker(done <-chan struct{}, pulse time.Duration) (<-chan struct{}, <-chan int) {
	hb := make(chan struct{}, 1)
	res := make(chan int)
	go func() {
		defer close(hb)
		defer close(res)
		tick := time.NewTicker(pulse)
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case <-tick.C:
				select {
				case hb <- struct{}{}:
				default:
				}
			case res <- i:
				time.Sleep(5 * time.Millisecond)
			}
		}
	}()
	return hb, res
}

func main() {
	done := make(chan struct{})
	hb, res := worker(done, 10*time.Millisecond)
	beats, results := 0, 0
	stop := time.After(120 * time.Millisecond)
loop:
	for {
		select {
		case <-hb:
			beats++
		case <-res:
			results++
		case <-stop:
			break loop
		}
	}
	close(done)
	for range res {
	}
	fmt.Println(beats >= 3, results >= 5)
}
