package main

import (
	"fmt"
	"time"
)

// A stopped timer never fires: waiting on its channel is a deadlock.
func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stopped:", t.Stop())
	<-t.C
}
