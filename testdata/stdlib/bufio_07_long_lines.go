package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 70000)
	input := "short\n" + long + "\nafter\n"
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc2 := bufio.NewScanner(strings.NewReader(input))
	sc2.Buffer(make([]byte, 0, 1024), 100000)
	for sc2.Scan() {
		fmt.Println(len(sc2.Text()))
	}
	fmt.Println("err:", sc2.Err())
	r := bufio.NewReaderSize(strings.NewReader(input), 4096)
	n := 0
	for {
		line, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println(n, err)
			break
		}
		n++
		if isPrefix {
			continue
		}
		fmt.Println("line end, last chunk", len(line))
	}
	fmt.Println(bufio.MaxScanTokenSize)
}
