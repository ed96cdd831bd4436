done := make(chan int)
d := 0
go func() {
	done <- 10 / d
}()
fmt.Println(<-done)
