// Helper file, used only to produce the expectation auto_06_strconv.want with real Go:
// the snippet testdata/snippets/auto_06_strconv.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "strconv"
func main() {
//line testdata/snippets/auto_06_strconv.go:1:1
n, err := strconv.Atoi("123")
fmt.Println(n+1, err)
_, err = strconv.Atoi("12a")
fmt.Println(err)
fmt.Println(strconv.Itoa(-45) + "!")
f, _ := strconv.ParseFloat("2.5", 64)
fmt.Println(f * 2)
b, _ := strconv.ParseBool("true")
fmt.Println(b, strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2))
fmt.Println(strconv.Quote("hi\n\"there\""))
i64, err := strconv.ParseInt("99999999999999999999", 10, 64)
fmt.Println(i64, err)
}
