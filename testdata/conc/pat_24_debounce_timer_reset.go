package main

import (
	"fmt"
	"time"
)

// Events arriving in bursts; the debouncer fires once per quiet period.
func main() {
	events := make(chan int)
	fired := make(chan []int)
	go func() {
		var batch []int
		t := time.NewTimer(time.Hour)
		t.Stop()
		for {
			select {
			case e, ok := <-events:
				if !ok {
					if len(batch) > 0 {
						fired <- batch
					}
					close(fired)
					return
				}
				batch = append(batch, e)
				if !t.Stop() {
					select {
					case <-t.C:
					default:
					}
				}
				t.Reset(60 * time.Millisecond)
			case <-t.C:
				fired <- batch
				batch = nil
			}
		}
	}()
	go func() {
		for burst := 0; burst < 3; burst++ {
			for i := 0; i < 4; i++ {
				events <- burst*10 + i
				time.Sleep(2 * time.Millisecond)
			}
			time.Sleep(200 * time.Millisecond)
		}
		close(events)
	}()
	for b := range fired {
		fmt.Println(b)
	}
}
