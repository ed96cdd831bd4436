package main

var x = 1e

func main() {
}
