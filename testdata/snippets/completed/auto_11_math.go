// Helper file, used only to produce the expectation auto_11_math.want with real Go:
// the snippet testdata/snippets/auto_11_math.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "math"
func main() {
//line testdata/snippets/auto_11_math.go:1:1
fmt.Println(math.Sqrt(2), math.Pi)
fmt.Println(math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3), math.Max(3, 7), math.Min(3, 7))
fmt.Println(math.Pow(2, 10), math.Mod(7, 3), math.Trunc(-2.7), math.Round(2.5))
fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()))
fmt.Printf("%.4f %.4f\n", math.Sin(math.Pi/6), math.Log(math.E))
}
