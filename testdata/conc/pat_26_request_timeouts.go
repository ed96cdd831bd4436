package main

import (
	"fmt"
	"sort"
	"time"
)

type result struct {
	id  int
	msg string
}

func call(id int, d time.Duration) <-chan string {
	c := make(chan string, 1) // buffered: the late reply does not leak a blocked goroutine
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("reply ", id)
	}()
	return c
}

func main() {
	delays := []time.Duration{5, 300, 10, 400, 1}
	out := make(chan result)
	for i, d := range delays {
		go func(i int, d time.Duration) {
			select {
			case m := <-call(i, d*time.Millisecond):
				out <- result{i, m}
			case <-time.After(100 * time.Millisecond):
				out <- result{i, "timeout"}
			}
		}(i, d)
	}
	var rs []result
	for range delays {
		rs = append(rs, <-out)
	}
	sort.Slice(rs, func(a, b int) bool { return rs[a].id < rs[b].id })
	for _, r := range rs {
		fmt.Println(r.id, r.msg)
	}
}
