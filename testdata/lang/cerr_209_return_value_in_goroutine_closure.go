package main

func main() {
	go func() {
		return 1
	}()
}
