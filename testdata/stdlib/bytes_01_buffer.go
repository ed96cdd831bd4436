package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	buf.WriteByte('\n')
	fmt.Fprintf(&buf, "n=%d\n", 42)
	fmt.Print(buf.String())
	fmt.Println(buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	line, err = buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	b2 := bytes.NewBufferString("abc")
	c, _ := b2.ReadByte()
	r, n, _ := b2.ReadRune()
	fmt.Println(c, r, n, b2.String(), string(b2.Bytes()))
	b2.WriteTo(os.Stdout)
	fmt.Println()
	var b3 bytes.Buffer
	b3.ReadFrom(strings.NewReader("from reader"))
	data, _ := io.ReadAll(&b3)
	fmt.Println(string(data))
	s := []byte("  a,b,,c  ")
	fmt.Printf("%q\n", bytes.Split(bytes.TrimSpace(s), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y z ")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Index([]byte("chicken"), []byte("ken")), bytes.IndexByte([]byte("abc"), 'c'), bytes.HasPrefix([]byte("golang"), []byte("go")), bytes.HasSuffix([]byte("golang"), []byte("ng")))
	fmt.Println(string(bytes.ToUpper([]byte("hi"))), string(bytes.ToLower([]byte("HI"))), string(bytes.Repeat([]byte("ab"), 3)), string(bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("-"))), string(bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("b"))), string(bytes.Trim([]byte("xxhixx"), "x")), bytes.Count([]byte("cheese"), []byte("e")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), string(bytes.Title([]byte("her royal highness"))), bytes.Runes([]byte("hé")), string(bytes.TrimPrefix([]byte("prefix"), []byte("pre"))))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Println(string(before), string(after), found)
	rd := bytes.NewReader([]byte("xyz"))
	bb := make([]byte, 2)
	k, _ := rd.Read(bb)
	fmt.Println(k, string(bb[:k]), rd.Len())
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
	parts := bytes.SplitN([]byte("a b c d"), []byte(" "), 3)
	fmt.Println(len(parts), string(parts[2]), cap(parts[0]))
}
