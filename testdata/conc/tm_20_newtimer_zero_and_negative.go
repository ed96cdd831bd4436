package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(0)
	<-t.C
	fmt.Println("zero timer fired")
	t2 := time.NewTimer(-time.Second)
	<-t2.C
	fmt.Println("negative timer fired")
	done := make(chan bool)
	af := time.AfterFunc(0, func() { done <- true })
	<-done
	fmt.Println("afterfunc(0) ran, stop:", af.Stop())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
}
