ping := make(chan int)
pong := make(chan int)
go func() {
	for v := range ping {
		pong <- v * 10
	}
	close(pong)
}()
for i := 1; i <= 3; i++ {
	ping <- i
	fmt.Println("got", <-pong)
}
close(ping)
_, ok := <-pong
fmt.Println("pong open:", ok)
