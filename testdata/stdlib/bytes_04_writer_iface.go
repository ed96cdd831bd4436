package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	var buf bytes.Buffer
	var w io.Writer = &buf
	fmt.Fprintln(w, "written through io.Writer")
	io.WriteString(w, "and io.WriteString\n")
	fmt.Fprintf(upperWriter{&buf}, "shout %d\n", 3)
	buf.WriteTo(os.Stdout)
	fmt.Println(buf.Len())
	n, err := io.Copy(&buf, strings.NewReader("copied in"))
	fmt.Println(n, err, buf.String())
	r := bytes.NewReader([]byte("reader"))
	data, _ := io.ReadAll(r)
	fmt.Println(string(data), r.Len())
}
