package main

import "fmt"

const s = "hello"

var arr [len(s)]int

func main() {
	fmt.Println(len(arr), cap(arr))
	const n = len([3]int{})
	fmt.Println(n)
	var p *[4]int
	fmt.Println(len(p), cap(p))
	ch := make(chan int, 7)
	ch <- 1
	fmt.Println(len(ch), cap(ch))
	m := map[int]int{1: 1}
	fmt.Println(len(m))
	sl := make([]int, 2, 9)
	fmt.Println(len(sl[1:]), cap(sl[1:]), cap(sl[:0]), cap(sl[2:5]))
	var bs = []byte("xyz")
	fmt.Println(len(bs), len(string(bs[:2])), len("héllo"), len([]rune("héllo")))
}
