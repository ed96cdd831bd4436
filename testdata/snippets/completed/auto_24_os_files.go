// Helper file, used only to produce the expectation auto_24_os_files.want with real Go:
// the snippet testdata/snippets/auto_24_os_files.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "os"
import "strings"
func main() {
//line testdata/snippets/auto_24_os_files.go:1:1
data, err := os.ReadFile("testdata/snippets/auto_14_bufio.input")
fmt.Println(len(data), err, strings.Count(string(data), "\n"))
_, err = os.ReadFile("/nonexistent-dir/file.txt")
fmt.Println(err)
fmt.Fprintln(os.Stderr, "this line goes to stderr")
}
