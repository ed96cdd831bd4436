package main

import (
    "fmt"
    "time"
)

func task(id int) {
    for i := 0; i < 5; i++ {
        fmt.Printf("Task %d: %d\n", id, i)
        time.Sleep(time.Second)
    }
}

func main() {
    for i := ; i < 3; i++ {
        go task(i) // Launching a goroutine
    }
    time.Sleep(6 * time.Second)
}
