var (
	mu    sync.Mutex
	count int
	once  sync.Once
	wg    sync.WaitGroup
)
for i := 0; i < 100; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		once.Do(func() { fmt.Println("once") })
		mu.Lock()
		count++
		mu.Unlock()
	}()
}
wg.Wait()
fmt.Println("count:", count)

var rw sync.RWMutex
rw.RLock()
rw.RLock()
fmt.Println("two readers")
rw.RUnlock()
rw.RUnlock()
rw.Lock()
fmt.Println("one writer")
rw.Unlock()
