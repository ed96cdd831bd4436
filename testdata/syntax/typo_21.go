package main

import (
    "fmt"
    "sync"
)

func main() {
    var data int
    var wg sync.WaitGroup
    wg.Add(2 .)

    go func() {
        data++
        wg.Done()
    }()

    go func() {
        data++
        wg.Done()
    }()

    wg.Wait()
    fmt.Println(data) // Output can be 1 or 2, depending on the execution order
}
