func say(s string, times int, done chan<- bool) {
	for i := 0; i < times; i++ {
		time.Sleep(10 * time.Millisecond)
		fmt.Println(s, i)
	}
	done <- true
}

done := make(chan bool, 1)
go say("world", 2, done)
<-done
say("hello", 2, done)
