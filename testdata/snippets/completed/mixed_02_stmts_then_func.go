// Helper file, used only to produce the expectation mixed_02_stmts_then_func.want with real Go:
// the snippet testdata/snippets/mixed_02_stmts_then_func.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
//line testdata/snippets/mixed_02_stmts_then_func.go:6:1
func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}
func main() {
//line testdata/snippets/mixed_02_stmts_then_func.go:1:1
// statements may call functions declared further down
//line testdata/snippets/mixed_02_stmts_then_func.go:2:1
for _, w := range []string{"level", "minigo", "racecar"} {
	fmt.Println(w, isPalindrome(w))
}

}
