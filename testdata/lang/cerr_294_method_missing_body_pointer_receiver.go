package main

type T struct{}

func (t *T) M() int

func main() {}
