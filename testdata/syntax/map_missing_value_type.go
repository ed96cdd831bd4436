package main

var m map[string]

func main() {
}
