go func() {
	tmp := 1
}()
fmt.Println("closure with an unused variable")
