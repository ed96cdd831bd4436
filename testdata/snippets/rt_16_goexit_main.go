defer fmt.Println("deferred calls run before Goexit ends main")
done := make(chan bool)
go func() {
	fmt.Println("goroutine")
	done <- true
}()
<-done
runtime.Goexit()
