package main

func main() {
	if nil {
	}
}
