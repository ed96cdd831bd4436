// An unknown zone in TZ (also with Go's ':' prefix) falls back to UTC.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	fmt.Println(time.Local, t.Local(), t.Local().Location())
}
