package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 6)
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			m := map[int][]byte{}
			for i := 0; i < 2000; i++ {
				m[i%100] = make([]byte, 100+i%50)
				m[i%100][0] = byte(i)
				if i%500 == 0 {
					runtime.GC()
				}
			}
			s := 0
			for _, b := range m {
				s += len(b)
			}
			results[g] = s
		}(g)
	}
	wg.Wait()
	fmt.Println(results)
}
