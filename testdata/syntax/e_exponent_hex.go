package main

var x = 0x1e

var y = 0o7e2

func main() {
}
