package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("unlocking an unlocked RWMutex")
	rw.Unlock()
}
