// Unbuffered channel
ch := make(chan int)

// Buffered channel with capacity 5
buffered := make(chan string, 5)

// Send value (blocks until received)
ch <- 42

// Receive value (blocks until sent)
value := <-ch

// Non-blocking operations with select
select {
case v := <-ch:
    fmt.Println("Received:", v)
case ch <- 10:
    fmt.Println("Sent 10")
default:
    fmt.Println("No communication")
}
