package main

func main() {
	doThing(1)
}
