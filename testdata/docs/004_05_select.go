select {
case msg := <-ch1:
	fmt.Println("Received", msg)
case msg := <-ch2:
	fmt.Println("Received", msg)
default:
	fmt.Println("No message")
}
