package main

type T int

(t T) M() {}

func main() {
}
