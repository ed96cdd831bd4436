// main returning ends the program even if goroutines are still blocked: no deadlock
block := make(chan int)
for i := 0; i < 3; i++ {
	go func() {
		<-block
	}()
}
go func() {
	select {}
}()
fmt.Println("main returns")
