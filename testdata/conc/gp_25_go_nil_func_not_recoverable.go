package main

import "fmt"

// "go of nil func value" is a fatal error: recover does not stop it.
func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var fs [2]func()
	fs[0] = func() {}
	for _, f := range fs {
		go f()
	}
}
