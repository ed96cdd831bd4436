package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(64)
	fmt.Println(b.Cap() >= 64)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d:", i)
	}
	b.WriteByte('|')
	b.WriteRune('é')
	b.WriteRune('世')
	n, err := b.Write([]byte("end"))
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString(strings.Repeat("xy", 1000))
	fmt.Println(b.Len(), b.String()[1990:])
}
