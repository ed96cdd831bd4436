// Helper file, used only to produce the expectation stmt_04_labels_switch.want with real Go:
// the snippet testdata/snippets/stmt_04_labels_switch.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
func main() {
//line testdata/snippets/stmt_04_labels_switch.go:1:1
outer:
for i := 0; i < 4; i++ {
	for j := 0; j < 4; j++ {
		switch {
		case j > i:
			continue outer
		case i == 3:
			break outer
		}
		fmt.Print(i, j, " ")
	}
}
fmt.Println()

switch x := 7; {
case x > 5:
	fmt.Println("big")
	fallthrough
case x > 2:
	fmt.Println("medium")
default:
	fmt.Println("small")
}

i := 0
loop:
if i < 3 {
	fmt.Println("goto", i)
	i++
	goto loop
}
}
