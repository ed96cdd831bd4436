done := make(chan struct{})
ticks := 0
ticker := time.NewTicker(5 * time.Millisecond)
go func() {
	time.Sleep(60 * time.Millisecond)
	close(done)
}()
loop:
for {
	select {
	case <-ticker.C:
		ticks++
	case <-done:
		ticker.Stop()
		break loop
	}
}
fmt.Println("ticked at least once:", ticks >= 1)
