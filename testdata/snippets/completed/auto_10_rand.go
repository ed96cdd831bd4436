// Helper file, used only to produce the expectation auto_10_rand.want with real Go:
// the snippet testdata/snippets/auto_10_rand.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "math/rand"
func main() {
//line testdata/snippets/auto_10_rand.go:1:1
r := rand.New(rand.NewSource(7))
fmt.Println(r.Intn(10), r.Intn(10), r.Intn(10), r.Int63()%1000)
fmt.Println(r.Perm(5))
// the global functions are randomly seeded since Go 1.20: only ranges are checked
x := rand.Intn(6) + 1
fmt.Println("die in range:", x >= 1 && x <= 6)
}
