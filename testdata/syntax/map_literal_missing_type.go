package main

func main() {
	m := {"a": 1}
	_ = m
}
