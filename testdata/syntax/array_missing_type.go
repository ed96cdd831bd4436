package main

var a [3]

func main() {
}
