package main

import (
	"errors"
	"time"
)

func main() {
	go func() {
		panic(errors.New("disk full"))
	}()
	time.Sleep(500 * time.Millisecond)
}
