package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	name, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", name, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	r.UnreadRune()
	b, _ := r.ReadByte()
	fmt.Println(b)
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err == io.EOF {
			break
		}
	}
	r2 := bufio.NewReaderSize(strings.NewReader("0123456789abcdefghijklmnop"), 16)
	p, err := r2.Peek(4)
	fmt.Printf("%q %v %d\n", p, err, r2.Buffered())
	d, err := r2.Discard(3)
	fmt.Println(d, err)
	bs, err := r2.ReadBytes('c')
	fmt.Printf("%q %v\n", bs, err)
	sl, isP, err := bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\n"), 16).ReadLine()
	fmt.Println(len(sl), isP, err)
	w := bufio.NewWriterSize(os.Stdout, 8)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	fmt.Println(w.Available(), w.Size())
	w.Flush()
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw\n")), bufio.NewWriter(os.Stdout))
	s, _ := rw.ReadString('\n')
	rw.WriteString("got " + s)
	rw.Flush()
}
