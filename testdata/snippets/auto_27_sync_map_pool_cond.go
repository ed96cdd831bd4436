var m sync.Map
m.Store("a", 1)
m.Store("b", 2)
v, ok := m.Load("a")
fmt.Println(v, ok)
actual, loaded := m.LoadOrStore("a", 9)
fmt.Println(actual, loaded)
n := 0
m.Range(func(k, v any) bool { n++; return true })
fmt.Println("entries:", n)

pool := sync.Pool{New: func() any { return new(strings.Builder) }}
b := pool.Get().(*strings.Builder)
b.WriteString("pooled")
fmt.Println(b.String())
pool.Put(b)

var mu sync.Mutex
cond := sync.NewCond(&mu)
ready := false
var wg sync.WaitGroup
for i := 0; i < 3; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		for !ready {
			cond.Wait()
		}
		mu.Unlock()
	}()
}
time.Sleep(5 * time.Millisecond)
mu.Lock()
ready = true
cond.Broadcast()
mu.Unlock()
wg.Wait()
fmt.Println("all waiters woke up")
