package main

var s = 1 ÿ

func main() {
}
