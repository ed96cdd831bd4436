package main

var x = 0x1p

func main() {
}
