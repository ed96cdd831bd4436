select {
case result := <-ch:
    fmt.Println("Result:", result)
case <-time.After(500 * time.Millisecond):
    fmt.Println("Timeout")
}
