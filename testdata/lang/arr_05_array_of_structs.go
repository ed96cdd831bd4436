package main

import "fmt"

type Cell struct {
	alive bool
	n     int
}

type Board [3][3]Cell

func (b *Board) Set(r, c int) { b[r][c].alive = true }

func (b Board) Count() int {
	n := 0
	for _, row := range b {
		for _, c := range row {
			if c.alive {
				n++
			}
		}
	}
	return n
}

func main() {
	var b Board
	b.Set(0, 0)
	b.Set(1, 1)
	b2 := b
	b2.Set(2, 2)
	fmt.Println(b.Count(), b2.Count(), b == b2)
	b.Set(2, 2)
	fmt.Println(b == b2)
	arr := [...]Cell{{true, 1}, {n: 2}}
	fmt.Println(arr, len(arr))
	ptr := &arr
	ptr[1].n = 20
	fmt.Println(arr[1])
}
