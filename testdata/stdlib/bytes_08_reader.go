package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	r := bytes.NewReader([]byte("héllo, world"))
	fmt.Println(r.Len(), r.Size())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Len())
	ch, sz, err := r.ReadRune()
	fmt.Println(string(ch), sz, err)
	fmt.Println(r.UnreadRune(), r.Len())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	n, err = r.ReadAt(buf, 7)
	fmt.Println(n, err, string(buf[:n]))
	n, err = r.ReadAt(buf, 11)
	fmt.Println(n, err, string(buf[:n]))
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Reset([]byte("new"))
	var out bytes.Buffer
	m, err := r.WriteTo(&out)
	fmt.Println(m, err, out.String())
	fmt.Println(r.UnreadByte(), r.Len())
}
