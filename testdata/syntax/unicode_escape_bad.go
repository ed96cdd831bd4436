package main

var s = "\u12G4"

func main() {
}
