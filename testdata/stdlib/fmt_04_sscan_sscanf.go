package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	n, err := fmt.Sscan("10 20 hello", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	n, err = fmt.Sscan("  -7\n\n 3.25  true", &a, &f, &ok)
	fmt.Println(n, err, a, f, ok)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 0b101 017 1_000", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	var u uint
	n, err = fmt.Sscan("42", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err, a, b)
	var name string
	var age int
	n, err = fmt.Sscanf("name=Bob age=42", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	n, err = fmt.Sscanf("7-12", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("ff", "%x", &a)
	fmt.Println(n, err, a)
	var q string
	n, err = fmt.Sscanf(`"hi there" 3`, "%q %d", &q, &a)
	fmt.Println(n, err, q, a)
	var r rune
	n, err = fmt.Sscanf("xé", "%c%c", &r, &a)
	fmt.Println(n, err, string(r), a)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b, &age)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1,2", "%d;%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("3.5e2 x", "%g %s", &f, &s)
	fmt.Println(n, err, f, s)
	n, err = fmt.Fscan(strings.NewReader("4 5 six"), &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	rd := strings.NewReader("1 2\n3 4\n")
	for {
		n, err = fmt.Fscanln(rd, &a, &b)
		if err != nil {
			fmt.Println("end", n, err)
			break
		}
		fmt.Println(a + b)
	}
	n, err = fmt.Sscan("1.5", &a)
	fmt.Println(n, err, a)
	var by []byte
	n, err = fmt.Sscan("bytes!", &by)
	fmt.Println(n, err, string(by))
	n, err = fmt.Sscan("x", f)
	fmt.Println(n, err)
}
