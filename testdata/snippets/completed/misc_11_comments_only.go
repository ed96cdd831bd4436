// Helper file, used only to produce the expectation misc_11_comments_only.want with real Go:
// the snippet testdata/snippets/misc_11_comments_only.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/misc_11_comments_only.go:1:1
// nothing but a comment

/* and another */
func main() {}
