package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("name: Gopher\nage: 13\nlang: Go"))
	for {
		line, err := r.ReadString('\n')
		if line != "" {
			k, v, _ := strings.Cut(strings.TrimSuffix(line, "\n"), ": ")
			fmt.Printf("%s=%s\n", k, v)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
	}
	rr := bufio.NewReader(strings.NewReader("héllo"))
	for {
		c, sz, err := rr.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(c), sz, " ")
	}
	br := bufio.NewReader(strings.NewReader("xyz"))
	b, _ := br.ReadByte()
	br.UnreadByte()
	b2, _ := br.ReadByte()
	fmt.Println(string(b), string(b2), br.Buffered())
	_, err := br.Peek(10)
	fmt.Println(err)
}
