package main

func main() {
	c := make(chan int)
	var s chan<- int = c
	<-s
}
