fired := make(chan string, 1)
time.AfterFunc(5*time.Millisecond, func() { fired <- "AfterFunc fired" })
fmt.Println(<-fired)
ticks := time.Tick(2 * time.Millisecond)
<-ticks
<-ticks
fmt.Println("two ticks")
ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(5*time.Millisecond))
defer cancel()
<-ctx.Done()
fmt.Println(ctx.Err())
var val atomic.Value
val.Store([]string{"config", "v2"})
fmt.Println(val.Load().([]string)[1])
t := time.NewTimer(time.Millisecond)
<-t.C
fmt.Println("timer reset:", t.Reset(time.Millisecond))
<-t.C
fmt.Println("timer fired twice")
