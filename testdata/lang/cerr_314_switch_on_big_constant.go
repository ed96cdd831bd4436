package main

import "fmt"

const h = 1 << 300

func main() {
	switch h {
	case 1 << 300:
		fmt.Println("big")
	}
}
