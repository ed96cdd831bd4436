package main

var s = "a\qb"

func main() {
}
