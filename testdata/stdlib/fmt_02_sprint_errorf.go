package main

import (
	"errors"
	"fmt"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type secret string

func (s secret) GoString() string { return "secret(***)" }

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Println(fmt.Sprint(celsius(21.55)), fmt.Sprintf("%v %s %d", celsius(1), celsius(2), 3))
	fmt.Printf("%#v\n", secret("pw"))
	base := errors.New("disk full")
	e1 := fmt.Errorf("write %s: %w", "log.txt", base)
	e2 := fmt.Errorf("save: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, base), errors.Unwrap(e2) == e1)
	e3 := fmt.Errorf("no wrap: %v", base)
	fmt.Println(e3, errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("bad verb: %w", "notanerror")
	fmt.Println(e4)
	var ip *int
	fmt.Println(fmt.Sprintf("%v %d", ip, []int(nil)), fmt.Sprint([]string{}))
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	fmt.Printf("%v|%6v|%-6v|\n", celsius(3), true, 'x')
	fmt.Println(fmt.Sprintf("%3c|%-4q|%U", 'z', 'y', 0x1F600))
}
