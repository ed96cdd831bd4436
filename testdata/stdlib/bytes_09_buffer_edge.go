package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	n, err := b.Read(make([]byte, 3))
	fmt.Println(n, err)
	b.WriteString("line1\nline2\nrest")
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	line, err = b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	fmt.Println(b.Len(), err == io.EOF)
	b.WriteString("abcdef")
	fmt.Printf("%q\n", b.Next(2))
	fmt.Printf("%q\n", b.Next(100))
	b.WriteString("xyz")
	b.Truncate(1)
	fmt.Println(b.String())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	b.Reset()
	b.WriteRune('世')
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size, b.UnreadRune(), b.Len())
	nb := bytes.NewBufferString("from string")
	var dst bytes.Buffer
	m, err := dst.ReadFrom(nb)
	fmt.Println(m, err, dst.String(), nb.Len())
}
