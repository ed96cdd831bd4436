package main

func init() {
	return 1
}

func main() {}
