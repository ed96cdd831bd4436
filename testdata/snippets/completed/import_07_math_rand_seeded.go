// Helper file, used only to produce the expectation import_07_math_rand_seeded.want with real Go:
// the snippet testdata/snippets/import_07_math_rand_seeded.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/import_07_math_rand_seeded.go:1:1
import "math/rand"

func main() {
//line testdata/snippets/import_07_math_rand_seeded.go:3:1
r := rand.New(rand.NewSource(42))
for i := 0; i < 5; i++ {
	fmt.Print(r.Intn(100), " ")
}
fmt.Println()
xs := []int{1, 2, 3, 4, 5, 6}
r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
fmt.Println(xs, r.Float64() < 1)
}
