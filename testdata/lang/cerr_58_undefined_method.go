package main

type P struct{}

func main() {
	p := P{}
	p.Run()
}
