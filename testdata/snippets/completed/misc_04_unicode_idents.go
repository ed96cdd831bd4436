// Helper file, used only to produce the expectation misc_04_unicode_idents.want with real Go:
// the snippet testdata/snippets/misc_04_unicode_idents.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/misc_04_unicode_idents.go:5:1
type Punkt struct{ X, Y int }
func main() {
//line testdata/snippets/misc_04_unicode_idents.go:1:1
π := 3.14159
größe := 2.0
fläche := π * größe * größe
fmt.Printf("%.3f\n", fläche)
//line testdata/snippets/misc_04_unicode_idents.go:6:1
p := Punkt{1, 2}
fmt.Println(p, "héllo, 世界")
}
