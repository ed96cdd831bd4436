defer func() {
	panic("second panic, in a deferred call")
}()
fmt.Println("start")
panic("first panic")
