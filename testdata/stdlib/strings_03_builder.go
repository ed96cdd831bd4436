package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	b.Grow(64)
	for i := 1; i <= 5; i++ {
		if i > 1 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "item%d", i)
	}
	b.WriteByte(' ')
	b.WriteRune('✔')
	fmt.Println(b.String())
	fmt.Println(b.Len(), b.Cap() >= b.Len())
	b.Reset()
	fmt.Printf("[%s] %d\n", b.String(), b.Len())
	n, err := b.Write([]byte("bytes"))
	fmt.Println(n, err, b.String())
	var table strings.Builder
	for _, row := range [][]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}} {
		table.WriteString(strings.Join(row, "\t|"))
		table.WriteString("\n")
	}
	fmt.Print(table.String())
	fmt.Println(strings.Repeat("=", 20))
}
