// TZ naming a zone file by absolute path: Local takes the path as its name.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	fmt.Println(time.Local, t.Local(), t.Local().Format(time.RFC1123Z))
	fmt.Println(time.Date(2024, 8, 1, 0, 0, 0, 0, time.Local).UTC())
}
