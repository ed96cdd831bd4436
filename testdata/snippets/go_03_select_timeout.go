slow := make(chan string)
go func() {
	time.Sleep(500 * time.Millisecond)
	slow <- "slow result"
}()
select {
case r := <-slow:
	fmt.Println(r)
case <-time.After(30 * time.Millisecond):
	fmt.Println("timed out waiting")
}

fast := make(chan string, 1)
fast <- "ready"
select {
case r := <-fast:
	fmt.Println(r)
default:
	fmt.Println("nothing ready")
}
select {
case r := <-fast:
	fmt.Println(r)
default:
	fmt.Println("nothing ready")
}
