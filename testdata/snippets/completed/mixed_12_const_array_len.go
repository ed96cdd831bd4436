// Helper file, used only to produce the expectation mixed_12_const_array_len.want with real Go:
// the snippet testdata/snippets/mixed_12_const_array_len.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_12_const_array_len.go:1:1
const N = 4

var squares [N]int

//line testdata/snippets/mixed_12_const_array_len.go:9:1
type Matrix [N][N]int
var m Matrix
func main() {
//line testdata/snippets/mixed_12_const_array_len.go:5:1
for i := range squares {
	squares[i] = i * i
}
fmt.Println(squares, len(squares))
//line testdata/snippets/mixed_12_const_array_len.go:11:1
m[N-1][0] = 9
fmt.Println(m[N-1])
}
