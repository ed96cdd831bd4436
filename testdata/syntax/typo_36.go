package main

import (
    "fmt"
    "os/exec"
)

func main() {
    // Running an external command
    cmd := exec.Command("echo", "Hello from GoLang")
    output, err := cmd.()

    if err != nil {
        panic(err)
    }

    fmt.Println(string(output))
}
