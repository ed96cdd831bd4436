package main

import (
	"fmt"
	"sort"
)

type Planet struct {
	Name   string
	Mass   float64
	Radius float64
}

type By func(p1, p2 *Planet) bool

func (by By) Sort(planets []Planet) {
	ps := &planetSorter{planets: planets, by: by}
	sort.Sort(ps)
}

type planetSorter struct {
	planets []Planet
	by      func(p1, p2 *Planet) bool
}

func (s *planetSorter) Len() int           { return len(s.planets) }
func (s *planetSorter) Swap(i, j int)      { s.planets[i], s.planets[j] = s.planets[j], s.planets[i] }
func (s *planetSorter) Less(i, j int) bool { return s.by(&s.planets[i], &s.planets[j]) }

func main() {
	planets := []Planet{
		{"Mercury", 0.055, 0.4}, {"Venus", 0.815, 0.7}, {"Earth", 1.0, 1.0}, {"Mars", 0.107, 1.5},
		{"Jupiter", 317.8, 5.2}, {"Saturn", 95.2, 9.5}, {"Uranus", 14.5, 19.2}, {"Neptune", 17.1, 30.1},
	}
	By(func(p1, p2 *Planet) bool { return p1.Name < p2.Name }).Sort(planets)
	fmt.Println("By name:", planets)
	By(func(p1, p2 *Planet) bool { return p1.Mass < p2.Mass }).Sort(planets)
	fmt.Println("By mass:", planets)
	By(func(p1, p2 *Planet) bool { return p1.Radius > p2.Radius }).Sort(planets)
	fmt.Println("By distance desc:", planets)
	fmt.Println(sort.IsSorted(&planetSorter{planets, func(p1, p2 *Planet) bool { return p1.Radius > p2.Radius }}))
}
