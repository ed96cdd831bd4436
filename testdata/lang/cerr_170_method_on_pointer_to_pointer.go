package main

type T struct{}
type PT *T

func (p **T) M() {}

func main() {}
