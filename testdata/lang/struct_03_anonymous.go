package main

import "fmt"

func main() {
	pt := struct {
		X, Y int
	}{1, 2}
	fmt.Println(pt)
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}}
	for _, p := range people {
		fmt.Println(p.Name, p.Age)
	}
	var cfg struct {
		Debug bool
		Level int
	}
	cfg.Level = 3
	fmt.Printf("%+v\n", cfg)
	a := struct{ A int }{1}
	b := struct{ A int }{1}
	fmt.Println(a == b)
	type T struct{ A int }
	var t T = a
	fmt.Println(t)
	e := struct{}{}
	fmt.Println(e)
}
