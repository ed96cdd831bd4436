sem := make(chan struct{}, 2)
var active, peak int32
var wg sync.WaitGroup
for i := 0; i < 8; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		sem <- struct{}{}
		now := atomic.AddInt32(&active, 1)
		for {
			p := atomic.LoadInt32(&peak)
			if now <= p || atomic.CompareAndSwapInt32(&peak, p, now) {
				break
			}
		}
		time.Sleep(2 * time.Millisecond)
		atomic.AddInt32(&active, -1)
		<-sem
	}()
}
wg.Wait()
fmt.Println("peak concurrency <= 2:", peak <= 2, "len/cap:", len(sem), cap(sem))
