// Basic goroutine
go func() {
    // Code runs concurrently
    fmt.Println("Running in goroutine")
}()

// With arguments
go func(message string) {
    fmt.Println(message)
}("Hello from goroutine")
