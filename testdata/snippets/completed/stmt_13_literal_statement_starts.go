// Helper file, used only to produce the expectation stmt_13_literal_statement_starts.want with real Go:
// the snippet testdata/snippets/stmt_13_literal_statement_starts.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/stmt_13_literal_statement_starts.go:1:1
type Point struct{ X, Y int }

func (p Point) Print() { fmt.Println("point", p.X, p.Y) }

type Celsius float64

func (c Celsius) Print() { fmt.Printf("%.1f°C\n", float64(c)) }

func main() {
//line testdata/snippets/stmt_13_literal_statement_starts.go:9:1
Point{1, 2}.Print()
Celsius(21.5).Print()
[]Point{{3, 4}}[0].Print()
map[string]Point{"k": {5, 6}}["k"].Print()
}
