// Helper file, used only to produce the expectation auto_15_bytes.want with real Go:
// the snippet testdata/snippets/auto_15_bytes.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "bytes"
import "fmt"
//line testdata/snippets/auto_15_bytes.go:1:1
var buf bytes.Buffer
func main() {
//line testdata/snippets/auto_15_bytes.go:2:1
buf.WriteString("hello ")
buf.Write([]byte("world"))
buf.WriteByte('!')
fmt.Println(buf.String(), buf.Len())
b := []byte("Minigo")
fmt.Println(string(bytes.ToUpper(b)), bytes.Contains(b, []byte("go")), bytes.Equal(b, []byte("Minigo")))
fmt.Println(bytes.Index(b, []byte("i")), string(bytes.Repeat([]byte("-"), 5)))
fmt.Printf("%q\n", bytes.Split([]byte("a b c"), []byte(" ")))
}
