// Helper file, used only to produce the expectation args_01_os_args.want with real Go:
// the snippet testdata/snippets/args_01_os_args.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "os"
func main() {
//line testdata/snippets/args_01_os_args.go:1:1
fmt.Println("argc:", len(os.Args)-1)
for i, a := range os.Args[1:] {
	fmt.Printf("%d=%q\n", i+1, a)
}
}
