package main

import "fmt"

func main() {
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] = 99
	fmt.Println(grid[2], row)
	id := [2][2]float64{{1, 0}, {0, 1}}
	fmt.Println(id, len(id[0]))
	for _, r := range grid {
		sum := 0
		for _, v := range r {
			sum += v
		}
		fmt.Print(sum, " ")
	}
	fmt.Println()
}
