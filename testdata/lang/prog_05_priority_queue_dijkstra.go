package main

import "fmt"

type item struct {
	node, dist int
}

type pq []item

func (h *pq) push(x item) {
	*h = append(*h, x)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if (*h)[p].dist <= (*h)[i].dist {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *pq) pop() item {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && (*h)[l].dist < (*h)[m].dist {
			m = l
		}
		if r < n && (*h)[r].dist < (*h)[m].dist {
			m = r
		}
		if m == i {
			break
		}
		(*h)[m], (*h)[i] = (*h)[i], (*h)[m]
		i = m
	}
	return top
}

type edge struct{ to, w int }

func main() {
	g := map[int][]edge{
		0: {{1, 4}, {2, 1}},
		2: {{1, 2}, {3, 5}},
		1: {{3, 1}},
		3: {{4, 3}},
	}
	const inf = 1 << 60
	dist := []int{0, inf, inf, inf, inf, inf}
	h := &pq{}
	h.push(item{0, 0})
	for len(*h) > 0 {
		it := h.pop()
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			if nd := it.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				h.push(item{e.to, nd})
			}
		}
	}
	for i, d := range dist {
		if d == inf {
			fmt.Println(i, "unreachable")
		} else {
			fmt.Println(i, d)
		}
	}
}
