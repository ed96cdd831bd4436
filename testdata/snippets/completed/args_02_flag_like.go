// Helper file, used only to produce the expectation args_02_flag_like.want with real Go:
// the snippet testdata/snippets/args_02_flag_like.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "os"
import "strconv"
//line testdata/snippets/args_02_flag_like.go:3:1
var rest []string
func main() {
//line testdata/snippets/args_02_flag_like.go:1:1
// arguments that look like flags reach the program (minigo run FILE -- ARGS)
//line testdata/snippets/args_02_flag_like.go:2:1
verbose := false
//line testdata/snippets/args_02_flag_like.go:4:1
for _, a := range os.Args[1:] {
	if a == "-v" || a == "--verbose" {
		verbose = true
		continue
	}
	rest = append(rest, a)
}
fmt.Println("verbose:", verbose, "rest:", rest)
n, err := strconv.Atoi(rest[len(rest)-1])
fmt.Println(n*2, err)
}
