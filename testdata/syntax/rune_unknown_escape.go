package main

var r = '\z'

func main() {
}
