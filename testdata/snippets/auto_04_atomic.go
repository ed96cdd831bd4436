var n atomic.Int64
var flag atomic.Bool
var ops int32
var wg sync.WaitGroup
for i := 0; i < 20; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		n.Add(5)
		atomic.AddInt32(&ops, 1)
	}()
}
wg.Wait()
flag.Store(true)
fmt.Println(n.Load(), atomic.LoadInt32(&ops), flag.Load())
fmt.Println(atomic.CompareAndSwapInt32(&ops, 20, 0), ops)
