package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("Hello, Reader! ünïcode")
	fmt.Println(r.Len(), r.Size())
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %q\n", n, err, b[:n])
		if err == io.EOF {
			break
		}
	}
	r.Reset("xyé")
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(ch), size)
	}
	fmt.Println(r.UnreadRune(), r.Len())
	data, _ := io.ReadAll(strings.NewReader("read all of this"))
	fmt.Println(string(data))
	var sb strings.Builder
	n, _ := io.Copy(&sb, strings.NewReader("copied"))
	fmt.Println(n, sb.String())
}
