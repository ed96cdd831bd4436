// Helper file, used only to produce the expectation 003_03_mutexes.want with real Go:
// the snippet testdata/docs/003_03_mutexes.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/003_03_mutexes.go
package main

import "sync"

//line testdata/docs/003_03_mutexes.go:1:1
var (
    counter int
    mutex   sync.Mutex
)

func increment() {
    mutex.Lock()
    counter++  // Safe access to shared variable
    mutex.Unlock()
}

// RWMutex allows multiple readers but exclusive writers
var rwMutex sync.RWMutex

func read() {
    rwMutex.RLock()  // Shared read lock
    // Read operations
    rwMutex.RUnlock()
}

func write() {
    rwMutex.Lock()  // Exclusive write lock
    // Write operations
    rwMutex.Unlock()
}
func main() {}
