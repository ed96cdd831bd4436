import (
	"fmt"
	"strings"
	"sync"
)

var mu sync.Mutex
mu.Lock()
fmt.Println("locked")
mu.Unlock()
