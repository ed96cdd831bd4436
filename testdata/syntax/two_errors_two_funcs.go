package main

func f() {
	x := }

func g() {
	y := )
}

func main() {
}
