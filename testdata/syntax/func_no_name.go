package main

func () {
}

func main() {
}
