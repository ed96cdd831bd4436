// Helper file, used only to produce the expectation auto_01_fmt.want with real Go:
// the snippet testdata/snippets/auto_01_fmt.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "os"
//line testdata/snippets/auto_01_fmt.go:1:1
type point struct{ X, Y int }

func main() {
//line testdata/snippets/auto_01_fmt.go:3:1
p := point{1, -2}
fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
fmt.Printf("[%5d][%-5d][%05d][%x][%X][%o][%b]\n", 42, 42, 42, 255, 255, 8, 5)
fmt.Printf("[%8.3f][%-8.2f][%e][%g]\n", 3.14159, 2.5, 123456.789, 0.000012)
fmt.Printf("[%s][%10s][%-10s][%q][%c][%U]\n", "go", "right", "left", "quo\"te", 'G', 'G')
fmt.Printf("[%t][%v][%d%%]\n", true, nil, 50)
s := fmt.Sprint("a", 1, 2, "b", "c", 3.5)
fmt.Println(s, len(s))
fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
fmt.Fprintln(os.Stdout, "to stdout via Fprintln")
}
