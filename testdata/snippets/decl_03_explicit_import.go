import (
	"strings"
	"sync"
)

type SafeSet struct {
	mu sync.Mutex
	m  map[string]bool
}

func (s *SafeSet) Add(v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[strings.ToLower(v)] = true
}
