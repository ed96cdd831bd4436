// Helper file, used only to produce the expectation decl_03_explicit_import.want with real Go:
// the snippet testdata/snippets/decl_03_explicit_import.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

//line testdata/snippets/decl_03_explicit_import.go:1:1
import (
	"strings"
	"sync"
)

//line testdata/snippets/decl_03_explicit_import.go:6:1
type SafeSet struct {
	mu sync.Mutex
	m  map[string]bool
}

func (s *SafeSet) Add(v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[strings.ToLower(v)] = true
}
func main() {}
