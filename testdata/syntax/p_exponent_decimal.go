package main

var x = 1p3

func main() {
}
