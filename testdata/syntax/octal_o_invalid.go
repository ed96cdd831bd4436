package main

var x = 0o8

func main() {
}
