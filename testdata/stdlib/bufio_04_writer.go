package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i := 1; i <= 20; i++ {
		fmt.Fprintf(w, "%2d squared is %3d\n", i, i*i)
	}
	fmt.Fprintln(w, "buffered:", w.Buffered() > 0, "size:", w.Size())
	w.WriteString("rune: ")
	w.WriteRune('🙂')
	w.WriteByte('\n')
	small := bufio.NewWriterSize(os.Stdout, 16)
	small.WriteString("a string longer than sixteen bytes goes straight through\n")
	small.Flush()
}
