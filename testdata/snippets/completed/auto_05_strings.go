// Helper file, used only to produce the expectation auto_05_strings.want with real Go:
// the snippet testdata/snippets/auto_05_strings.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "strings"
//line testdata/snippets/auto_05_strings.go:9:1
var b strings.Builder
func main() {
//line testdata/snippets/auto_05_strings.go:1:1
s := "The quick brown fox"
fmt.Println(strings.ToUpper(s), strings.ToLower(s))
fmt.Println(strings.Contains(s, "quick"), strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"))
fmt.Println(strings.Index(s, "brown"), strings.LastIndex(s, "o"), strings.Count(s, "o"))
fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
fmt.Printf("%q %q\n", strings.TrimSpace("  pad  "), strings.Trim("xxhixx", "x"))
//line testdata/snippets/auto_05_strings.go:10:1
for i := 0; i < 3; i++ {
	fmt.Fprintf(&b, "%d;", i)
}
b.WriteString("end")
fmt.Println(b.String(), b.Len())
}
