package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	defer func() {
		r := recover()
		fmt.Printf("recovered: %v (%T)\n", r, r)
	}()
	wg.Add(2)
	wg.Add(-3)
}
