package main

import "fmt"

type Celsius float64
type ID string

func describe(vs ...interface{}) {
	for _, v := range vs {
		switch t := v.(type) {
		case Celsius:
			fmt.Printf("temperature %.1f\n", float64(t))
		case ID:
			fmt.Println("id", string(t))
		case fmt.Stringer:
			fmt.Println("stringer", t.String())
		case int, uint:
			fmt.Printf("int-ish %v %T\n", t, t)
		case *int:
			fmt.Println("ptr to", *t)
		case map[string]int:
			fmt.Println("map len", len(t))
		case func():
			t()
		default:
			fmt.Printf("unknown %T\n", t)
		}
	}
}

type S struct{}

func (S) String() string { return "S!" }

func main() {
	n := 5
	describe(Celsius(20), ID("x"), S{}, 3, uint(4), &n, map[string]int{"a": 1}, func() { fmt.Println("called") }, 2.5, []string{})
}
