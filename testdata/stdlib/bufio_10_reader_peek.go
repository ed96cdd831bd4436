package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("hello world\nsecond line\nno newline"), 16)
	p, err := r.Peek(5)
	fmt.Printf("%q %v\n", p, err)
	_, err = r.Peek(100)
	fmt.Println(err)
	n, err := r.Discard(6)
	fmt.Println(n, err, r.Buffered())
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	l, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte())
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err == io.EOF)
	_, err = r.ReadByte()
	fmt.Println(err)
	r2 := bufio.NewReader(strings.NewReader("αβγ"))
	ch, size, _ := r2.ReadRune()
	fmt.Println(string(ch), size, r2.UnreadRune(), r2.UnreadRune())
	bs, err := r2.ReadBytes('γ' & 0xff)
	fmt.Printf("%q %v\n", bs, err)
}
