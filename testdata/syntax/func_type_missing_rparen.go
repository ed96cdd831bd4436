package main

var f func(int

func main() {
}
