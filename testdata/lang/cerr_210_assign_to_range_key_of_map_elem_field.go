package main

type P struct{ X int }

func main() {
	m := map[int]P{1: {}}
	for k := range m {
		m[k].X++
	}
}
