package main

import "fmt"

type pt struct{ r, c int }

func main() {
	grid := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"#.#...#E",
	}
	var start, end pt
	for r, row := range grid {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = pt{r, c}
			case 'E':
				end = pt{r, c}
			}
		}
	}
	dist := map[pt]int{start: 0}
	prev := map[pt]pt{}
	queue := []pt{start}
	dirs := [4]pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := pt{cur.r + d.r, cur.c + d.c}
			if n.r < 0 || n.r >= len(grid) || n.c < 0 || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	fmt.Println("distance", dist[end])
	out := make([][]byte, len(grid))
	for i := range grid {
		out[i] = []byte(grid[i])
	}
	for p := prev[end]; p != start; p = prev[p] {
		out[p.r][p.c] = '*'
	}
	for _, row := range out {
		fmt.Println(string(row))
	}
}
