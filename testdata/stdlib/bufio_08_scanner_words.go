package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	s := bufio.NewScanner(strings.NewReader("the quick  brown\n\tfox jumps\n"))
	s.Split(bufio.ScanWords)
	n := 0
	for s.Scan() {
		n++
		fmt.Printf("%d:%q ", n, s.Text())
	}
	fmt.Println(s.Err())
	s = bufio.NewScanner(strings.NewReader("héy"))
	s.Split(bufio.ScanRunes)
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println()
	s = bufio.NewScanner(strings.NewReader("ab"))
	s.Split(bufio.ScanBytes)
	for s.Scan() {
		fmt.Print(s.Bytes(), " ")
	}
	fmt.Println()
	s = bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println(s.Err())
}
