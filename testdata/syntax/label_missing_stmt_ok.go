package main

func main() {
	goto L
L:
}

func f() {
	x := [2]int{1, 2,, 3}
}
