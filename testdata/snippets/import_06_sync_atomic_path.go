import "sync/atomic"

var hits int64
var wg sync.WaitGroup
for i := 0; i < 50; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		atomic.AddInt64(&hits, 2)
	}()
}
wg.Wait()
fmt.Println("hits:", atomic.LoadInt64(&hits))
