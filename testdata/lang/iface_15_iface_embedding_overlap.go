package main

import "fmt"

type Reader interface {
	Read() string
	Close() error
}

type Writer interface {
	Write(string)
	Close() error
}

type RW interface {
	Reader
	Writer
}

type file struct{ buf []string }

func (f *file) Read() string {
	if len(f.buf) == 0 {
		return "<eof>"
	}
	s := f.buf[0]
	f.buf = f.buf[1:]
	return s
}
func (f *file) Write(s string) { f.buf = append(f.buf, s) }
func (f *file) Close() error   { return nil }

func main() {
	var rw RW = &file{}
	rw.Write("x")
	fmt.Println(rw.Read(), rw.Read(), rw.Close())
	var r Reader = rw
	_, ok := r.(Writer)
	fmt.Println(ok)
	var w Writer = r.(Writer)
	w.Write("y")
	fmt.Println(r.Read())
}
