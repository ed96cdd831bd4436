// Helper file, used only to produce the expectation auto_17_utf8.want with real Go:
// the snippet testdata/snippets/auto_17_utf8.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "unicode/utf8"
func main() {
//line testdata/snippets/auto_17_utf8.go:1:1
s := "héllo, 世界"
fmt.Println(len(s), utf8.RuneCountInString(s))
r, size := utf8.DecodeRuneInString("世界")
fmt.Println(string(r), size, utf8.RuneLen('é'), utf8.ValidString(s))
buf := make([]byte, 4)
n := utf8.EncodeRune(buf, '界')
fmt.Println(buf[:n], utf8.RuneError)
}
