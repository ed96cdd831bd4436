// Helper file, used only to produce the expectation stmt_06_recover.want with real Go:
// the snippet testdata/snippets/stmt_06_recover.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/stmt_06_recover.go:7:1
var m map[string]int
func main() {
//line testdata/snippets/stmt_06_recover.go:1:1
defer func() {
	if r := recover(); r != nil {
		fmt.Println("recovered:", r)
	}
}()
fmt.Println("before panic")
//line testdata/snippets/stmt_06_recover.go:8:1
m["x"] = 1
fmt.Println("not reached")
}
