package main

type = int

func main() {
}
