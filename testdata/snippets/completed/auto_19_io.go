// Helper file, used only to produce the expectation auto_19_io.want with real Go:
// the snippet testdata/snippets/auto_19_io.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "io"
import "os"
import "strings"
//line testdata/snippets/auto_19_io.go:12:1
var w io.Writer = os.Stdout
func main() {
//line testdata/snippets/auto_19_io.go:1:1
r := strings.NewReader("abcdefg")
buf := make([]byte, 3)
for {
	n, err := r.Read(buf)
	if err == io.EOF {
		fmt.Println("EOF")
		break
	}
	fmt.Printf("%d %q\n", n, buf[:n])
}
io.WriteString(os.Stdout, "io.WriteString\n")
//line testdata/snippets/auto_19_io.go:13:1
fmt.Fprintln(w, "through an io.Writer")
data, err := io.ReadAll(strings.NewReader("all of it"))
fmt.Println(string(data), err)
}
