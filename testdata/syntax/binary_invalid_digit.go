package main

var x = 0b102

func main() {
}
