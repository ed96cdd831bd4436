package main

import "fmt"

var registry = map[string]func() string{}

var order []string

func register(name string, f func() string) bool {
	registry[name] = f
	order = append(order, name)
	return true
}

var _ = register("alpha", func() string { return "A" })
var okBeta = register("beta", func() string { return "B" })

var table = [...]string{"x", "y", "z"}
var lookup = func() map[string]int {
	m := map[string]int{}
	for i, s := range table {
		m[s] = i
	}
	return m
}()

func init() {
	register("gamma", func() string { return "G" })
}

func main() {
	for _, n := range order {
		fmt.Println(n, registry[n]())
	}
	fmt.Println(okBeta, lookup["z"], len(table))
}
