package main

var x = 08

func main() {
}
