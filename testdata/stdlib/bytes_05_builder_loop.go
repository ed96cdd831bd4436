package main

import (
	"bytes"
	"fmt"
	"strconv"
)

func main() {
	var b bytes.Buffer
	b.WriteString("[")
	for i := 0; i < 10; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(i * i))
	}
	b.WriteRune(']')
	fmt.Println(b.String())
	raw := b.Bytes()
	fields := bytes.Split(bytes.Trim(raw, "[]"), []byte{','})
	sum := 0
	for _, f := range fields {
		n, _ := strconv.Atoi(string(f))
		sum += n
	}
	fmt.Println(len(fields), sum)
	b.Reset()
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap() >= 100)
}
