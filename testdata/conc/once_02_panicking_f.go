package main

import (
	"fmt"
	"sync"
)

// If f panics, Do considers it returned: later calls do not call f.
func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(func() { panic("boom in once") })
	}()
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second f ran:", ran)
}
