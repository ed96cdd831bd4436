package main

var x = 1__0

func main() {
}
