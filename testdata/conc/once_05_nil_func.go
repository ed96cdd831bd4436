package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once.Do(nil)
	}()
	ran := false
	once.Do(func() { ran = true })
	fmt.Println("second Do ran f:", ran)
}
