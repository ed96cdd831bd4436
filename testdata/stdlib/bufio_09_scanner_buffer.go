package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 100)
	s := bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter\n"))
	s.Buffer(make([]byte, 10), 50)
	for s.Scan() {
		fmt.Println("line:", s.Text())
	}
	fmt.Println("err:", s.Err())
	s = bufio.NewScanner(strings.NewReader(long + "\n"))
	s.Buffer(make([]byte, 10), 200)
	for s.Scan() {
		fmt.Println("len:", len(s.Text()))
	}
	fmt.Println("err:", s.Err())
	s = bufio.NewScanner(strings.NewReader(""))
	fmt.Println(s.Scan(), s.Err())
}
