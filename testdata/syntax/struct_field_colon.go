package main

type T struct {
	name: string
}

func main() {
}
