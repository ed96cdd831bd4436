package main

var r = 'ab'

func main() {
}
