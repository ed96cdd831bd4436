fmt.Println("goroutines at start:", runtime.NumGoroutine())
fmt.Println("GOMAXPROCS:", runtime.GOMAXPROCS(0))
done := make(chan bool)
go func() {
	runtime.Gosched()
	done <- true
}()
<-done
runtime.GC()
fmt.Println("CPUs > 0:", runtime.NumCPU() > 0)
