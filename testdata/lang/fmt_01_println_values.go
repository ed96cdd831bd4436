package main

import (
	"errors"
	"fmt"
)

type Inner struct{ A, B int }
type Outer struct {
	I   Inner
	P   *Inner
	E   error
	S   []string
	M   map[string]int
	Any interface{}
}

func main() {
	var np *Inner
	fmt.Println(np, []int(nil), map[int]int(nil), error(nil))
	fmt.Println(&Inner{1, 2}, []*Inner{nil})
	o := Outer{I: Inner{1, 2}, E: errors.New("boom")}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(int8(-5), uint8(250), int64(-1), uint64(1<<63))
	fmt.Println('x', "x", []byte("x"), []rune("x"))
	fmt.Printf("%s %x %X %q\n", []byte("hi"), []byte("hi"), "hi", []string{"a", "b"})
	fmt.Printf("%x %X %o %b\n", -255, int8(-128), -8, -5)
	fmt.Printf("%+d % d %+d\n", 5, 5, -5)
	fmt.Printf("[%7.2f] [%-7.2f] [%07.2f] [%+.1e]\n", 3.14159, 2.5, -1.5, 12345.678)
	fmt.Printf("[%5t] [%-5t]\n", true, false)
	fmt.Printf("[%8s] [%-8s] [%.3s] [%8.3s]\n", "go", "go", "golang", "golang")
	fmt.Printf("%v %v\n", struct {
		a int
		b string
	}{1, "x"}, [0]int{})
	fmt.Print("a", "b", 1, 2, "c", 3.0, "\n")
	fmt.Print(1, 2, "\n")
}
