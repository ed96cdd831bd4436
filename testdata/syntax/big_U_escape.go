package main

var s = "\U00110000"

func main() {
}
