package main

import (
	"fmt"
	"sync"
)

// At most 4 jobs in flight; results stored by index keep the input order.
func main() {
	inputs := make([]int, 50)
	for i := range inputs {
		inputs[i] = i + 1
	}
	outputs := make([]int, len(inputs))
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	var mu sync.Mutex
	inFlight, maxInFlight := 0, 0
	for i, v := range inputs {
		wg.Add(1)
		sem <- struct{}{}
		go func(i, v int) {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			inFlight++
			if inFlight > maxInFlight {
				maxInFlight = inFlight
			}
			mu.Unlock()
			s := 0
			for k := 1; k <= v; k++ {
				s += k
			}
			outputs[i] = s
			mu.Lock()
			inFlight--
			mu.Unlock()
		}(i, v)
	}
	wg.Wait()
	fmt.Println(outputs[:5], outputs[49], maxInFlight <= 4)
}
