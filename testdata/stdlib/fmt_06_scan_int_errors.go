package main

import "fmt"

func main() {
	var a int
	var u uint8
	for _, in := range []string{"0x", "-", "+5", "99999999999999999999", "0x1g", "017", "08", "1_0"} {
		n, err := fmt.Sscan(in, &a)
		fmt.Println(in, n, err, a)
	}
	for _, in := range []string{"256", "-1", "+7", "0b11"} {
		n, err := fmt.Sscan(in, &u)
		fmt.Println(in, n, err, u)
	}
}
