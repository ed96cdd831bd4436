// with one processor, a goroutine spinning without calls must not starve main
var stop atomic.Bool
var spins int64
go func() {
	for !stop.Load() {
		spins++
	}
}()
time.Sleep(20 * time.Millisecond)
stop.Store(true)
fmt.Println("main ran again; goroutines:", runtime.NumGoroutine() >= 1)
