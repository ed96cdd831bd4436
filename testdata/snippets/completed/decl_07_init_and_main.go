// Helper file, used only to produce the expectation decl_07_init_and_main.want with real Go:
// the snippet testdata/snippets/decl_07_init_and_main.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "strings"
//line testdata/snippets/decl_07_init_and_main.go:1:1
// a snippet that declares func main itself is an ordinary program
//line testdata/snippets/decl_07_init_and_main.go:2:1
var greeting string

func init() {
	greeting = "initialised by init"
}

type Greeter struct{ name string }

func (g Greeter) Greet() string {
	return fmt.Sprintf("%s, %s!", greeting, g.name)
}

func main() {
	g := Greeter{"minigo"}
	fmt.Println(g.Greet())
	fmt.Println(strings.Repeat("=", 10))
}
