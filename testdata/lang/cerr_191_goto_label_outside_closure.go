package main

func main() {
L:
	for {
		func() {
			goto L
		}()
	}
}
