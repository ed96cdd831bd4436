package main

import "fmt"

type Grid [3][3]int

func main() {
	var g Grid
	for i := 0; i < 3; i++ {
		for j := 0; j <= i+1; j++ {
			g[i][j] = i + j
		}
		fmt.Println(g[i])
	}
}
