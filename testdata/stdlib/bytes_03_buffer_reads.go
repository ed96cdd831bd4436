package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	b := bytes.NewBufferString("line one\nline two\nline three")
	for {
		line, err := b.ReadBytes('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	b2 := bytes.NewBuffer([]byte("abcdefghij"))
	p := make([]byte, 3)
	n, err := b2.Read(p)
	fmt.Println(n, err, string(p), b2.Len())
	fmt.Println(string(b2.Next(4)), b2.String())
	b2.Truncate(1)
	fmt.Println(b2.String(), b2.Len())
	r, size, err := bytes.NewBufferString("ü!").ReadRune()
	fmt.Println(string(r), size, err)
	var b3 bytes.Buffer
	c, err := b3.ReadByte()
	fmt.Println(c, err)
	b3.WriteString("xy")
	b3.ReadByte()
	fmt.Println(b3.UnreadByte(), b3.String())
	var w bytes.Buffer
	for i := 0; i < 1000; i++ {
		w.WriteString("0123456789")
	}
	fmt.Println(w.Len(), w.String()[9995:])
}
