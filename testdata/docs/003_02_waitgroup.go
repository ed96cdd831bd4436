var wg sync.WaitGroup

for i := 0; i < 5; i++ {
    wg.Add(1)  // Increment counter
    go func(id int) {
        defer wg.Done()  // Decrement counter when goroutine completes
        fmt.Printf("Worker %d done\n", id)
    }(i)
}

wg.Wait()  // Block until counter reaches zero
fmt.Println("All workers done")
