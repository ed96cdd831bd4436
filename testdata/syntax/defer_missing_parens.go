package main

import "sync"

func main() {
	var mu sync.Mutex
	defer mu.Unlock
}
