ctx, cancel := context.WithCancel(context.Background())
done := make(chan struct{})
go func() {
	<-ctx.Done()
	fmt.Println("worker stopped:", ctx.Err())
	close(done)
}()
cancel()
<-done

tctx, tcancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
defer tcancel()
select {
case <-tctx.Done():
	fmt.Println("timeout:", tctx.Err())
case <-time.After(2 * time.Second):
	fmt.Println("too slow")
}
type key string
vctx := context.WithValue(context.TODO(), key("user"), "ada")
fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))
