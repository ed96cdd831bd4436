package main

import (
    "fmt"
    "time"
)

func printNumbers(c chan int) {
     i := 1; i <= 5; i++ {
        c <- i // Send number to channel
        time.Sleep(1 * time.Second)
    }
    close(c) // Close the channel
}

func main() {
    c := make(chan int)
    go printNumbers(c) // Start goroutine

    for num := range c {
        fmt.Println("Received:", num)
    }
}
