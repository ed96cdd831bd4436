package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 16)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("hello ")
	fmt.Println(w.Buffered(), w.Available(), sb.Len())
	w.WriteString("this is longer than sixteen")
	fmt.Println(w.Buffered(), sb.Len())
	w.WriteByte('!')
	w.WriteRune('✓')
	fmt.Fprintf(w, " n=%d", 42)
	fmt.Println(w.Buffered(), sb.Len())
	fmt.Println(w.Flush(), w.Buffered())
	fmt.Println(sb.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(&sb))
	s, _ := rw.ReadString('\n')
	rw.WriteString("|" + strings.TrimSpace(s))
	rw.Flush()
	fmt.Println(sb.String())
}
