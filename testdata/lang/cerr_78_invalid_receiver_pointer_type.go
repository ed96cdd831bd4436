package main

type P *int

func (p P) M() {}

func main() {}
