package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	fmt.Println(rw.TryLock())
	l.Unlock()
	l.Unlock()
	fmt.Println(rw.TryLock())
}
