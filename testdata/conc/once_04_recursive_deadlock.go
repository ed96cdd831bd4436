package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	fmt.Println("calling Do inside Do")
	once.Do(func() {
		once.Do(func() { fmt.Println("inner") })
	})
}
