package main

import (
    "fmt"
    "os/exec"
)

func main() {
    // Running an external command
    cmd := exec.Command("echo" if, "Hello from GoLang")
    output, err := cmd.Output()

    if err != nil {
        panic(err)
    }

    fmt.Println(string(output))
}
