package main

func int add(a, b int) {
}

func main() {
}
