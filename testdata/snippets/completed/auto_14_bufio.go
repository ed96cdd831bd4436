// Helper file, used only to produce the expectation auto_14_bufio.want with real Go:
// the snippet testdata/snippets/auto_14_bufio.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "bufio"
import "fmt"
import "os"
import "strings"
func main() {
//line testdata/snippets/auto_14_bufio.go:1:1
sc := bufio.NewScanner(os.Stdin)
lines, words := 0, 0
for sc.Scan() {
	lines++
	words += len(strings.Fields(sc.Text()))
}
w := bufio.NewWriter(os.Stdout)
fmt.Fprintf(w, "lines=%d words=%d\n", lines, words)
w.Flush()
ws := bufio.NewScanner(strings.NewReader("one two  three"))
ws.Split(bufio.ScanWords)
for ws.Scan() {
	fmt.Println(ws.Text())
}
}
