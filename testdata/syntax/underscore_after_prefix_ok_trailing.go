package main

var x = 0x_

func main() {
}
