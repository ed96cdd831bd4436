package main

var x = 1_000_

func main() {
}
