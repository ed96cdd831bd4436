package main

type MyInt = int

func (m MyInt) Double() int { return m * 2 }

func main() {}
