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
